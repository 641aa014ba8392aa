
import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('deadlines', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='deadlinepolicy',
            name='consultation_days',
            field=models.PositiveSmallIntegerField(default=10, help_text='Working days after the consultation on a draft closes.', validators=[django.core.validators.MaxValueValidator(60)], verbose_name='reports on comments on drafts'),
        ),
        migrations.AddField(
            model_name='sitedeadlinepolicy',
            name='consultation_days',
            field=models.PositiveSmallIntegerField(blank=True, help_text='Working days after the consultation on a draft closes.', null=True, validators=[django.core.validators.MaxValueValidator(60)], verbose_name='reports on comments on drafts'),
        ),
    ]
