from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('board', '0008_alter_deadlinenotification_kind'),
    ]

    operations = [
        migrations.AddField(
            model_name='emergencypublication',
            name='reason',
            field=models.TextField(blank=True, max_length=2000, verbose_name='reason for publishing at once'),
        ),
        migrations.AddField(
            model_name='emergencypublication',
            name='review_due',
            field=models.DateField(blank=True, null=True, verbose_name='review due'),
        ),
        migrations.AlterField(
            model_name='deadlinenotification',
            name='kind',
            field=models.CharField(choices=[('due_soon', 'Due on the next working day'), ('late', 'Late'), ('questions', 'New and late questions'), ('review', 'Review of an emergency publication overdue')], max_length=16, verbose_name='kind'),
        ),
    ]
