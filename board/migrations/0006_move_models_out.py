
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('deadlines', '0001_initial'),
        ('security', '0001_initial'),
        ('board', '0005_oversight_settings'),
    ]

    operations = [
        # The tables stay where they are (Meta.db_table): only Django's state moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='accountsecurity',
                    name='locked_by',
                ),
                migrations.RemoveField(
                    model_name='accountsecurity',
                    name='user',
                ),
                migrations.DeleteModel(
                    name='DeadlinePolicy',
                ),
                migrations.RemoveField(
                    model_name='sitedeadlinepolicy',
                    name='site',
                ),
                migrations.RemoveField(
                    model_name='siterolegroup',
                    name='group',
                ),
                migrations.RemoveField(
                    model_name='siterolegroup',
                    name='site',
                ),
                migrations.RemoveField(
                    model_name='supplyingunit',
                    name='site',
                ),
                migrations.DeleteModel(
                    name='WorkingDayOverride',
                ),
                migrations.DeleteModel(
                    name='AccountSecurity',
                ),
                migrations.DeleteModel(
                    name='SiteDeadlinePolicy',
                ),
                migrations.DeleteModel(
                    name='SiteRoleGroup',
                ),
            ],
        ),
    ]
