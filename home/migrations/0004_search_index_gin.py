"""PostgreSQL: a GIN index on the expression Wagtail's search filters with.

The database search backend matches ``(title || body) @@ tsquery``; the
GIN indexes it ships are on title and on body separately, which that
expression cannot use, so a search whose words are rare across the whole
installation had to read every index entry. With this index the planner
can start from the words (rare words) or from the site's pages (common
words in one commune), whichever is cheaper; tests/home/test_search_scale.py
checks the plan. SQLite keeps its FTS5 table: nothing to do there.
"""

from django.db import migrations

INDEX = "home_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_page_slug_path_index"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
