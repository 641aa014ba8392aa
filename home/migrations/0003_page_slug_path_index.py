"""An index on wagtailcore_page (slug, path) for Wagtail's routing.

Page.route finds each URL segment with get_children().filter(slug=...):
a slug equal to one of its siblings' and a path range. With one "tin-tuc"
section per commune, SQLite chose the slug index and read every commune's
"tin-tuc" (3,321 rows at 3,321 sites) for each request; with slug and path
in one index the lookup reads one row. Harmless on PostgreSQL, which uses
it the same way.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_english_locale"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS home_page_slug_path_idx "
            "ON wagtailcore_page (slug, path)",
            "DROP INDEX IF EXISTS home_page_slug_path_idx",
        )
    ]
