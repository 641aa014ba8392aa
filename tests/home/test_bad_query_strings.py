"""Bad query strings on every public listing answer 200 (or 404), never 500,
and say so when a filter was ignored."""

import pytest

from django.test import Client

from tests.home.helpers import add_documents, add_news, add_statistics, vi

pytestmark = pytest.mark.django_db

BAD_PAGES = ["abc", "-1", "0", "99999999999999999999", "1.5", "", "%00", "<script>"]
HUGE = "x" * 10_000
BAD_FILTERS = [
    {"year": "-1"},
    {"year": "abc"},
    {"year": "99999"},
    {"year": "99999999999999999999999"},
    {"type": "bogus"},
    {"issuer": "<script>alert(1)</script>"},
    {"category": "bogus"},
    {"q": HUGE},
    {"type": "", "year": "", "issuer": "", "q": ""},
    {"page": "2", "year": "1800"},
]


@pytest.fixture
def client(commune, site_client):
    add_news(commune, 3)
    add_documents(commune, 3)
    add_statistics(commune, 2)
    # Other helpers' exceptions must surface as 500s here, not as test errors.
    return Client(HTTP_HOST=commune.hostname, raise_request_exception=False)


LISTINGS = [
    "/tin-tuc/",
    "/chi-dao-dieu-hanh/",
    "/van-ban/",
    "/thong-ke/",
    "/lay-y-kien/",
    "/tim-kiem/",
]


@pytest.mark.parametrize("listing", LISTINGS)
def test_bad_page_numbers_and_filters_never_give_a_server_error(client, listing):
    failures = []
    params = [{"page": page} for page in BAD_PAGES] + BAD_FILTERS
    for extra in params:
        query = {"q": "hoi nghi"} if listing == "/tim-kiem/" else {}
        query.update(extra)
        response = client.get(listing, query)
        if response.status_code not in (200, 404):
            failures.append((extra if len(str(extra)) < 100 else "huge q", response.status_code))
        assert b"<script>alert(1)" not in response.content
    assert failures == []


def test_unknown_news_category_is_ignored_with_a_message(client):
    response = client.get("/tin-tuc/", {"category": "bogus"})
    assert response.status_code == 200
    assert vi("Unknown category; showing all news.") in response.content.decode()
    assert len(response.context["page_obj"].object_list) == 3


@pytest.mark.parametrize(
    "params",
    [
        {"year": "-1"},
        {"year": "abc"},
        {"year": "99999"},
        {"type": "bogus"},
        {"issuer": "<script>alert(1)</script>"},
        {"q": HUGE},
    ],
)
def test_invalid_document_filter_is_ignored_with_a_message(client, params):
    response = client.get("/van-ban/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert vi("Some filters are not valid; they were ignored.") in html
    assert len(response.context["page_obj"].object_list) == 3


def test_page_number_past_the_end_shows_the_last_page(client):
    response = client.get("/van-ban/", {"page": "99999999999999999999"})
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1
    assert len(response.context["page_obj"].object_list) == 3


def test_unknown_address_under_a_section_is_a_404(client):
    assert client.get("/tin-tuc/khong-co-tin-nay/").status_code == 404
    assert client.get("/tin-tuc/rss/khong-co/").status_code == 404
