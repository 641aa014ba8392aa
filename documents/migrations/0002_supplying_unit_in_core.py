
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('documents', '0001_initial'),
    ]

    operations = [
        # The tables stay where they are (Meta.db_table): only Django's state moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='legaldocumentpage',
                    name='supplying_unit',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.supplyingunit', verbose_name='supplying unit'),
                ),
                migrations.AlterField(
                    model_name='statisticspage',
                    name='supplying_unit',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.supplyingunit', verbose_name='supplying unit'),
                ),
            ],
        ),
    ]
