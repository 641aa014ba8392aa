
import django.db.models.deletion
import django.utils.timezone
import subscriptions.models
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('questions', '0006_question_notify_by_email'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='Digest',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('day', models.DateField(verbose_name='day')),
                ('items', models.PositiveIntegerField(default=0, verbose_name='items')),
                ('recipients', models.PositiveIntegerField(default=0, verbose_name='recipients')),
                ('queued_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='queued at')),
                ('site', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='site')),
            ],
            options={
                'verbose_name': 'daily digest',
                'verbose_name_plural': 'daily digests',
                'ordering': ['-day', 'site'],
                'constraints': [models.UniqueConstraint(fields=('site', 'day'), name='unique_digest_per_site_and_day')],
            },
        ),
        migrations.CreateModel(
            name='Subscription',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('email', models.EmailField(blank=True, max_length=254, verbose_name='email')),
                ('news', models.BooleanField(default=True, verbose_name='news')),
                ('documents', models.BooleanField(default=False, verbose_name='documents')),
                ('consultations', models.BooleanField(default=False, verbose_name='drafts for consultation')),
                ('token', models.CharField(default=subscriptions.models.new_token, editable=False, max_length=64, unique=True)),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='subscribed at')),
                ('confirmed_at', models.DateTimeField(blank=True, null=True, verbose_name='confirmed at')),
                ('unsubscribed_at', models.DateTimeField(blank=True, null=True, verbose_name='unsubscribed at')),
                ('confirmation_sent_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('consent_at', models.DateTimeField(verbose_name='consent given at')),
                ('consent_version', models.CharField(max_length=32, verbose_name='notice version')),
                ('consent_notice', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='subscriptions', to='questions.consentnotice', verbose_name='notice shown')),
                ('site', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='subscriptions', to='wagtailcore.site', verbose_name='site')),
            ],
            options={
                'verbose_name': 'subscription',
                'verbose_name_plural': 'subscriptions',
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['site', 'confirmed_at'], name='subscription_site_confirmed')],
                'constraints': [models.UniqueConstraint(condition=models.Q(('email', ''), _negated=True), fields=('site', 'email'), name='unique_subscription_per_site_and_email')],
            },
        ),
    ]
