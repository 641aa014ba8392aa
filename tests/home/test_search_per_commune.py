"""A commune's search looks up that commune's own pages in the index
(requirements §11): on SQLite, Wagtail's query matched the words in every commune's
entries first, so a search cost grew with the number of communes
(core/search_sqlite.py, docs/scale.md).

Run on SQLite and on PostgreSQL (DATABASE_URL=postgres://...); the order
and query plan tests are SQLite's.
"""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from bench.bulk import generate
from core.search import search_site
from core.search_backend import optimize_index
from news.factories import NewsPageFactory
from news.models import NewsPage
from tests.helpers import section

pytestmark = pytest.mark.django_db

NEUTRAL_SUMMARY = "Ủy ban nhân dân xã thông báo."


@pytest.fixture
def communes():
    return generate(5, 4, documents=1, board=False).sites


def _found(client, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    page_obj = response.context["page_obj"]
    return [page.pk for page in page_obj.object_list] if page_obj else []


def _news_ids(site):
    return set(NewsPage.objects.live().descendant_of(site.root_page).values_list("pk", flat=True))


def test_a_commune_finds_its_own_news_typed_without_diacritics_and_no_other(communes, site_client):
    site, other = communes[2], communes[3]
    unique = NewsPageFactory(
        parent=section(other, "tin-tuc"),
        title="Đặc sản chè Tân Cương được công nhận",
        summary=NEUTRAL_SUMMARY,
    )
    client = site_client(site)
    for query in ("hoi nghi", "Hội nghị", "HỘI NGHỊ tong ket", "hội nghi tổng kết"):
        # Every commune's generated news holds these words: only this one's come back.
        assert set(_found(client, query)) == _news_ids(site), query
    assert _found(client, "dac san che tan cuong") == []
    assert _found(site_client(other), "dac san che tan cuong") == [unique.pk]


def test_a_commune_finds_what_wagtails_own_query_finds(communes):
    """Same pages as the "default" backend's query (matching the whole index
    first) on the same pages of the commune."""
    site = communes[1]
    for query in ("hoi nghi", "quyet dinh uy ban", "bao cao thong ke", "xa", "khong co tu nay"):
        results, words = search_site(site, query)
        wagtails = (
            Page.objects.live()
            .public()
            .descendant_of(site.root_page, inclusive=True)
            .search(words, operator="and", fields=None)
        )
        assert {page.pk for page in results} == {page.pk for page in wagtails}, query


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's order; PostgreSQL's is ts_rank")
def test_pages_with_the_words_side_by_side_come_first_then_the_newest(commune, site_client):
    """SQLite orders by no statistic of other communes (core/search_sqlite.py)."""
    news = section(commune, "tin-tuc")

    def item(title):
        return NewsPageFactory(parent=news, title=title, summary=NEUTRAL_SUMMARY).pk

    together = item("Hội nghị tổng kết năm")  # the oldest
    apart = item("Nghị quyết về lễ hội xuân")
    apart_newer = item("Lễ hội đền và nghị quyết mới")
    item("Lễ hội xuân")  # one word only: not found
    assert _found(site_client(commune), "hoi nghi") == [together, apart_newer, apart]


def _plans(run):
    """EXPLAIN QUERY PLAN of each full-text query ``run()`` sends."""
    with CaptureQueriesContext(connection) as queries:
        run()
    plans = []
    with connection.cursor() as cursor:
        for query in queries.captured_queries:
            if " MATCH " in query["sql"]:
                cursor.execute("EXPLAIN QUERY PLAN " + query["sql"])
                plans.append([row[-1] for row in cursor.fetchall()])
    assert plans
    return plans


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 plan")
def test_on_sqlite_the_search_starts_from_the_communes_pages(communes, site_client):
    site = communes[2]
    for plan in _plans(lambda: site_client(site).get("/tim-kiem/", {"q": "hoi nghi"})):
        text = "\n".join(plan)
        # The commune's pages by path range first...
        first = next(line for line in plan if line.startswith(("SEARCH", "SCAN")))
        assert first.startswith("SEARCH wagtailcore_page USING INDEX"), text
        assert "SCAN wagtailcore_page" not in text, text
        # ...each one's own index entry through the unique index...
        assert "wagtailsearch_indexentry_content_type_id_object_id" in text, text
        # ...and FTS5 asked about that one row (idxStr "=": rowid = ?, with
        # "M": MATCH), never to list every commune's matches.
        fts = [line for line in plan if "VIRTUAL TABLE" in line]
        assert fts, text
        assert all(re.search(r"VIRTUAL TABLE INDEX \d+:=M", line) for line in fts), text


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 index")
def test_optimize_index_merges_the_full_text_index_into_one_segment(communes, site_client):
    from core.search_sqlite import SQLiteFTSIndexEntry

    site = communes[2]
    found = set(_found(site_client(site), "hoi nghi"))
    assert optimize_index() is True
    table = f"{SQLiteFTSIndexEntry._meta.db_table}_idx"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(DISTINCT segid) FROM {table}")  # noqa: S608 - no input
        assert cursor.fetchone()[0] == 1
    assert set(_found(site_client(site), "hoi nghi")) == found == _news_ids(site)


@pytest.mark.skipif(connection.vendor == "sqlite", reason="PostgreSQL has no FTS5 index")
def test_optimize_index_does_nothing_on_postgresql(db):
    assert optimize_index() is False
