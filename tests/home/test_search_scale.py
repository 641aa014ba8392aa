"""PostgreSQL answers searches from indexes, not by reading every entry of
every commune (requirements §11). The plans are read with statistics
gathered by ANALYZE on generated communes, never with seq scans disabled.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ttdt pytest tests/home/test_search_scale.py
"""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from bench.bulk import generate
from core.search import search_site

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs DATABASE_URL=postgres://"),
    pytest.mark.django_db,
    pytest.mark.slow,
]


def _plan(run):
    """EXPLAIN of the full-text query ``run()`` sends."""
    with CaptureQueriesContext(connection) as queries:
        run()
    sql = next(q["sql"] for q in queries.captured_queries if "@@" in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.fixture
def communes():
    made = generate(60, 20, documents=2, board=False)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return made.sites


def test_a_commune_search_reads_only_that_communes_entries(communes):
    site = communes[30]
    results, _query = search_site(site, "hội nghị tổng kết")
    assert len(list(results[:10])) == 10
    plan = _plan(lambda: list(results[:10]))
    assert "Seq Scan on wagtailsearch_indexentry" not in plan, plan
    assert "Seq Scan on wagtailcore_page" not in plan, plan
    assert "Index Scan" in plan, plan
    # One lookup per page, by its own content type (core/search_postgres.py),
    # not one per page type.
    assert "content_type_id = wagtailcore_page.content_type_id" in plan, plan
    # Never from the whole country's text index (core/search_postgres.py).
    assert "home_indexentry_title_body_gin" not in plan, plan


def test_a_search_across_communes_uses_the_text_index(communes):
    """The admin searches every commune at once: a rare word is found
    through the GIN index (home/migrations/0004_search_index_gin.py)."""
    plan = _plan(lambda: list(Page.objects.search("nghiem thu hiem")[:10]))
    assert "home_indexentry_title_body_gin" in plan, plan
