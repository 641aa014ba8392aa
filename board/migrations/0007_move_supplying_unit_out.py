
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('board', '0006_move_models_out'),
        ('documents', '0002_supplying_unit_in_core'),
        ('news', '0002_supplying_unit_in_core'),
    ]

    operations = [
        # The tables stay where they are (Meta.db_table): only Django's state moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(
                    name='SupplyingUnit',
                ),
            ],
        ),
    ]
