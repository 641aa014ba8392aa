
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

APP = 'security'
MOVED = [('board', 'accountsecurity')]


def rename_content_types(apps, schema_editor):
    """The moved models keep their rows, permissions and history: their
    content types change app label instead of being created anew."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for old_label, model in MOVED:
        ContentType.objects.filter(app_label=old_label, model=model).update(app_label=APP)


def restore_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for old_label, model in MOVED:
        ContentType.objects.filter(app_label=APP, model=model).update(app_label=old_label)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('board', '0005_oversight_settings'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # The tables stay where they are (Meta.db_table): only Django's state moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='AccountSecurity',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('must_change_password', models.BooleanField(default=False, verbose_name='must choose a new password')),
                        ('locked_at', models.DateTimeField(blank=True, null=True, verbose_name='locked at')),
                        ('reason', models.CharField(blank=True, max_length=255, verbose_name='reason')),
                        ('locked_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='locked by')),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='account_security', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'account security',
                        'db_table': 'board_accountsecurity',
                    },
                ),
            ],
        ),
        migrations.RunPython(rename_content_types, restore_content_types),
    ]
