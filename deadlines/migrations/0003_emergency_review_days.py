import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('deadlines', '0002_consultation_report_days'),
    ]

    operations = [
        migrations.AddField(
            model_name='deadlinepolicy',
            name='emergency_days',
            field=models.PositiveSmallIntegerField(default=1, help_text='Working days after the head published at once (0: the same day).', validators=[django.core.validators.MaxValueValidator(60)], verbose_name='review of emergency publications'),
        ),
        migrations.AddField(
            model_name='sitedeadlinepolicy',
            name='emergency_days',
            field=models.PositiveSmallIntegerField(blank=True, help_text='Working days after the head published at once (0: the same day).', null=True, validators=[django.core.validators.MaxValueValidator(60)], verbose_name='review of emergency publications'),
        ),
    ]
