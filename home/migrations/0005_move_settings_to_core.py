
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('home', '0004_search_index_gin'),
    ]

    operations = [
        # The tables stay where they are (Meta.db_table): only Django's state moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(
                    name='HostSettings',
                ),
                migrations.DeleteModel(
                    name='SiteProfile',
                ),
            ],
        ),
    ]
