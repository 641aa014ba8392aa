
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('questions', '0005_satisfaction_rating'),
    ]

    operations = [
        migrations.AddField(
            model_name='question',
            name='notify_by_email',
            field=models.BooleanField(default=False, verbose_name='notify by email'),
        ),
    ]
