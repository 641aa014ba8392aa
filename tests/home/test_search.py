"""/tim-kiem/?q=: per-site, diacritic-insensitive, never a server error.

Run on SQLite and on PostgreSQL (DATABASE_URL=postgres://...): the two
databases have different full-text engines and both must pass.
"""

import pytest

from django.db import connection

from documents.factories import LegalDocumentPageFactory
from news.factories import NewsPageFactory
from tests.helpers import section
from tests.home.helpers import vi

TOO_LONG = "Your search was too long; only its first %(length)s characters were used."
TOO_MANY_WORDS = "Only the first %(count)s words of your search were used."

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(commune, other_commune):
    """Vietnamese content on commune A, and a look-alike on commune B."""
    news = section(commune, "tin-tuc")
    conference = NewsPageFactory(
        parent=news,
        title="Hội nghị tổng kết công tác năm 2026",
        summary="Ban Chấp hành họp bàn nhiệm vụ năm mới.",
        body=[
            (
                "paragraph",
                "<p>Đồng chí Bí thư <b>Đảng ủy</b> xã phát biểu.</p><p>Chè Tân Cương</p>",
            ),
            ("heading", {"text": "Phương hướng nhiệm vụ", "level": "h2"}),
        ],
    )
    document = LegalDocumentPageFactory(
        parent=section(commune, "van-ban"),
        title="Quyết định về vùng chè",
        number="63/QĐ-UBND",
        summary="Phê duyệt quy hoạch vùng chè đặc sản Tân Cương.",
    )
    elsewhere = NewsPageFactory(
        parent=section(other_commune, "tin-tuc"),
        title="Hội nghị Đảng ủy xã Phú Thạnh bàn về chè Tân Cương",
    )
    return {"conference": conference, "document": document, "elsewhere": elsewhere}


def _titles(client, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    page_obj = response.context["page_obj"]
    return [result.title for result in page_obj.object_list] if page_obj else []


# Each query, what it must find, and where the words are on the page.
FINDS = [
    ("tan cuong", "Hội nghị tổng kết công tác năm 2026"),  # in the body
    ("dang uy", "Hội nghị tổng kết công tác năm 2026"),  # bold text in the body
    ("hoi nghi", "Hội nghị tổng kết công tác năm 2026"),  # in the title
    ("HOI NGHI tong ket", "Hội nghị tổng kết công tác năm 2026"),
    ("phuong huong", "Hội nghị tổng kết công tác năm 2026"),  # a heading block
    ("Hội nghị", "Hội nghị tổng kết công tác năm 2026"),  # typed with diacritics
    ("hội nghi", "Hội nghị tổng kết công tác năm 2026"),  # half typed with them
    ("ban chap hanh", "Hội nghị tổng kết công tác năm 2026"),  # the summary
    ("dac san tan cuong", "Quyết định về vùng chè"),  # a document's summary
    ("63/QĐ-UBND", "Quyết định về vùng chè"),  # its number and symbol
]


def test_search_finds_vietnamese_text_typed_without_diacritics(content, commune, site_client):
    client = site_client(commune)
    missed = [
        (query, expected) for query, expected in FINDS if expected not in _titles(client, query)
    ]
    assert missed == []


def test_search_shows_only_the_current_sites_pages(content, commune, other_commune, site_client):
    on_a = _titles(site_client(commune), "hoi nghi dang uy")
    on_b = _titles(site_client(other_commune), "hoi nghi dang uy")
    assert on_a == ["Hội nghị tổng kết công tác năm 2026"]
    assert on_b == ["Hội nghị Đảng ủy xã Phú Thạnh bàn về chè Tân Cương"]


def test_search_requires_every_word(content, commune, site_client):
    assert _titles(site_client(commune), "hoi nghi ca phe") == []


def test_search_result_links_to_the_page_and_shows_its_summary(content, commune, site_client):
    response = site_client(commune).get("/tim-kiem/", {"q": "ban chap hanh"})
    html = response.content.decode()
    assert f'href="/tin-tuc/{content["conference"].slug}/"' in html
    assert "Ban Chấp hành họp bàn nhiệm vụ năm mới." in html


def test_unpublished_pages_are_not_found(content, commune, site_client):
    content["conference"].unpublish()
    assert _titles(site_client(commune), "hoi nghi tong ket") == []


def test_published_changes_are_searchable_and_old_words_are_gone(content, commune, site_client):
    page = content["conference"]
    page.title = "Lễ hội Xuân Trà Xanh"
    page.save_revision().publish()
    client = site_client(commune)
    assert _titles(client, "le hoi xuan tra xanh") == ["Lễ hội Xuân Trà Xanh"]
    assert _titles(client, "hoi nghi tong ket") == []


def test_draft_changes_are_not_searchable_before_they_are_published(content, commune, site_client):
    page = content["conference"]
    page.title = "Bản nháp chưa duyệt"
    page.save_revision()
    client = site_client(commune)
    assert _titles(client, "ban nhap chua duyet") == []
    assert _titles(client, "hoi nghi tong ket") == ["Hội nghị tổng kết công tác năm 2026"]


HOSTILE_QUERIES = [
    '"',
    '"hội nghị',
    "*",
    "hoi*",
    "hoi AND",
    "AND OR NOT",
    "NEAR(hoi nghi)",
    "title: hoi",
    "{title body} : hoi",
    "^hoi",
    "hoi & nghi | !dang",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "<script>alert(1)</script>",
    "!!! ??? ...",
    "\\",
    "\x00",
    "%",
    "_",
]


def test_hostile_queries_answer_200_and_are_shown_escaped(content, commune, site_client):
    client = site_client(commune)
    for query in HOSTILE_QUERIES:
        response = client.get("/tim-kiem/", {"q": query})
        assert response.status_code == 200, query
        assert b"<script>alert(1)" not in response.content


def test_query_of_only_punctuation_asks_for_a_word(content, commune, site_client):
    response = site_client(commune).get("/tim-kiem/", {"q": "!!! ??? ..."})
    assert response.status_code == 200
    assert vi("Enter at least one word to search.") in response.content.decode()


def test_empty_query_shows_the_form_without_results(content, commune, site_client):
    response = site_client(commune).get("/tim-kiem/")
    assert response.status_code == 200
    assert response.context["page_obj"] is None
    assert 'name="q"' in response.content.decode()


def test_too_long_query_is_shortened_with_a_message(content, commune, site_client):
    client = site_client(commune)
    for length in (201, 10_000):
        query = ("hoi nghi " * length)[:length]
        response = client.get("/tim-kiem/", {"q": query})
        assert response.status_code == 200
        html = response.content.decode()
        assert vi(TOO_LONG, length=200) in html
        assert vi(TOO_MANY_WORDS, count=12) in html
        assert "Hội nghị tổng kết công tác năm 2026" in html


def test_a_query_of_200_characters_is_used_whole_without_a_message(content, commune, site_client):
    query = "hoi nghi" + " " * 192
    response = site_client(commune).get("/tim-kiem/", {"q": query})
    assert vi(TOO_LONG, length=200) not in response.content.decode()


def test_bad_result_page_numbers_answer_200(content, commune, site_client):
    client = site_client(commune)
    for page in ["abc", "-1", "0", "99999999999999999999", "", "1e3", "٣"]:
        response = client.get("/tim-kiem/", {"q": "hoi nghi", "page": page})
        assert response.status_code == 200, page
        assert response.context["page_obj"].object_list, page


def test_database_engine_is_reported(db):
    """Makes the engine visible in the test log: run this file on both."""
    assert connection.vendor in {"sqlite", "postgresql"}
