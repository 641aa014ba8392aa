
import django.core.validators
import django.db.models.deletion
from django.db import migrations, models

APP = 'deadlines'
MOVED = [('board', 'deadlinepolicy'), ('board', 'sitedeadlinepolicy'), ('board', 'workingdayoverride')]


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
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        # The tables stay where they are (Meta.db_table): only Django's state moves.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='DeadlinePolicy',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('news_days', models.PositiveSmallIntegerField(default=3, help_text='Working days after the activity or event.', validators=[django.core.validators.MaxValueValidator(60)], verbose_name='news of an activity or event')),
                        ('document_days', models.PositiveSmallIntegerField(default=1, help_text='Working days after the document is signed.', validators=[django.core.validators.MaxValueValidator(60)], verbose_name='documents issued by the commune')),
                        ('conference_days', models.PositiveSmallIntegerField(default=3, help_text='Working days after the conference or event ends.', validators=[django.core.validators.MaxValueValidator(60)], verbose_name='conferences, reviews and workshops')),
                        ('statistics_days', models.PositiveSmallIntegerField(default=0, help_text='Working days after the report is sent (0: the same day).', validators=[django.core.validators.MaxValueValidator(60)], verbose_name='statistics')),
                        ('answer_days', models.PositiveSmallIntegerField(default=15, help_text='Working days after the question is received.', validators=[django.core.validators.MaxValueValidator(60)], verbose_name='answers to questions')),
                    ],
                    options={
                        'verbose_name': 'publication deadlines',
                        'db_table': 'board_deadlinepolicy',
                    },
                ),
                migrations.CreateModel(
                    name='WorkingDayOverride',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('date', models.DateField(unique=True, verbose_name='date')),
                        ('kind', models.CharField(choices=[('day_off', 'Day off'), ('workday', 'Working day')], max_length=16, verbose_name='kind')),
                        ('reason', models.CharField(max_length=255, verbose_name='reason')),
                    ],
                    options={
                        'verbose_name': 'working-day exception',
                        'verbose_name_plural': 'working-day exceptions',
                        'db_table': 'board_workingdayoverride',
                        'ordering': ['-date'],
                    },
                ),
                migrations.CreateModel(
                    name='SiteDeadlinePolicy',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('news_days', models.PositiveSmallIntegerField(blank=True, help_text='Working days after the activity or event.', null=True, validators=[django.core.validators.MaxValueValidator(60)], verbose_name='news of an activity or event')),
                        ('document_days', models.PositiveSmallIntegerField(blank=True, help_text='Working days after the document is signed.', null=True, validators=[django.core.validators.MaxValueValidator(60)], verbose_name='documents issued by the commune')),
                        ('conference_days', models.PositiveSmallIntegerField(blank=True, help_text='Working days after the conference or event ends.', null=True, validators=[django.core.validators.MaxValueValidator(60)], verbose_name='conferences, reviews and workshops')),
                        ('statistics_days', models.PositiveSmallIntegerField(blank=True, help_text='Working days after the report is sent (0: the same day).', null=True, validators=[django.core.validators.MaxValueValidator(60)], verbose_name='statistics')),
                        ('answer_days', models.PositiveSmallIntegerField(blank=True, help_text='Working days after the question is received.', null=True, validators=[django.core.validators.MaxValueValidator(60)], verbose_name='answers to questions')),
                        ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                    ],
                    options={
                        'verbose_name': 'commune publication deadlines',
                        'db_table': 'board_sitedeadlinepolicy',
                    },
                ),
            ],
        ),
        migrations.RunPython(rename_content_types, restore_content_types),
    ]
