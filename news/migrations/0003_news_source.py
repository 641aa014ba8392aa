from django.db import migrations, models


def state_known_sources(apps, schema_editor):
    """Items that already named a source come from another source; items
    with only an author are the board's own reporting; the others state
    theirs at their next submission."""
    NewsPage = apps.get_model("news", "NewsPage")
    NewsPage.objects.exclude(source="").update(source_kind="other")
    NewsPage.objects.filter(source="").exclude(author="").update(source_kind="own")


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0002_supplying_unit_in_core'),
    ]

    operations = [
        migrations.AddField(
            model_name='newspage',
            name='source_kind',
            field=models.CharField(blank=True, choices=[('own', "The board's own reporting"), ('other', 'Another source')], max_length=16, verbose_name='source of the news'),
        ),
        migrations.AddField(
            model_name='newspage',
            name='source_url',
            field=models.URLField(blank=True, help_text='When the source is published online.', max_length=500, verbose_name='link to the source'),
        ),
        migrations.AlterField(
            model_name='newspage',
            name='source',
            field=models.CharField(blank=True, help_text='The newspaper, agency or unit the information comes from.', max_length=255, verbose_name='name of the source'),
        ),
        migrations.RunPython(state_known_sources, migrations.RunPython.noop),
    ]
