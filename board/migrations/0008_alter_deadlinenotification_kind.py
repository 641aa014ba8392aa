
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('board', '0007_move_supplying_unit_out'),
    ]

    operations = [
        migrations.AlterField(
            model_name='deadlinenotification',
            name='kind',
            field=models.CharField(choices=[('due_soon', 'Due on the next working day'), ('late', 'Late'), ('questions', 'New and late questions')], max_length=16, verbose_name='kind'),
        ),
    ]
