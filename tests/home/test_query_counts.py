"""Public pages cost a fixed number of queries, however much content a site has.

Each page is requested once to warm caches and create image renditions,
then measured. The site holds 1, then 10, then 100 items of each kind; the
counts must be equal every time (docs/requirements.md §11). 1 against 10 catches a query
per item shown (listings show 10 or fewer), 10 against 100 a query that
grows with everything the site holds (filters, pagination, the feed).
"""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.home.helpers import add_documents, add_news, add_statistics

pytestmark = pytest.mark.django_db


def _measure(client, urls):
    for url in urls.values():
        assert client.get(url).status_code == 200, url  # warm-up
    counts = {}
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[name] = len(queries)
    return counts


def _grow(site, how_many):
    add_news(site, how_many, summary="Hội nghị tổng kết công tác năm của xã.")
    add_documents(site, how_many)
    add_statistics(site, how_many)


def test_public_pages_make_the_same_number_of_queries_with_1_10_and_100_items(
    commune, other_commune, site_client
):
    first_news = add_news(commune, 1, summary="Hội nghị tổng kết công tác năm của xã.")[0]
    first_document = add_documents(commune, 1)[0]
    first_report = add_statistics(commune, 1)[0]
    _grow(other_commune, 5)  # another site's content must not count either
    urls = {
        "home": "/",
        "news list": "/tin-tuc/",
        "news list, page 2": "/tin-tuc/?page=2",
        "news page": f"/tin-tuc/{first_news.slug}/",
        "document list": "/van-ban/",
        "document list, filtered": "/van-ban/?type=decision&year=&issuer=",
        "document page": f"/van-ban/{first_document.slug}/",
        "statistics list": "/thong-ke/",
        "statistics page": f"/thong-ke/{first_report.slug}/",
        "search": "/tim-kiem/?q=hoi+nghi",
        "search, page 2": "/tim-kiem/?q=hoi+nghi&page=2",
        "rss": "/tin-tuc/rss/",
    }
    client = site_client(commune)
    with_1 = _measure(client, urls)

    _grow(commune, 9)
    with_10 = _measure(client, urls)

    _grow(commune, 90)
    with_100 = _measure(client, urls)

    assert with_10 == with_1
    assert with_100 == with_10


def test_public_pages_make_the_same_number_of_queries_with_3_and_300_sites(
    commune, other_commune, site_client
):
    """Finding the site, building links and listing a site's content must
    not depend on how many other communes the installation hosts."""
    from bench.bulk import generate

    first_news = add_news(commune, 3, summary="Hội nghị tổng kết công tác năm của xã.")[0]
    first_document = add_documents(commune, 2)[0]
    first_report = add_statistics(commune, 1)[0]
    generate(1, 3, documents=2, domain="ba.example.gov.vn", board=False)
    urls = {
        "home": "/",
        "news list": "/tin-tuc/",
        "news page": f"/tin-tuc/{first_news.slug}/",
        "document list": "/van-ban/",
        "document page": f"/van-ban/{first_document.slug}/",
        "statistics list": "/thong-ke/",
        "statistics page": f"/thong-ke/{first_report.slug}/",
        "introduction": "/gioi-thieu/",
        "contact": "/lien-he/",
        "questions": "/hoi-dap/",
        "search": "/tim-kiem/?q=hoi+nghi",
        "rss": "/tin-tuc/rss/",
        "sitemap": "/sitemap.xml",
    }
    client = site_client(commune)
    with_3 = _measure(client, urls)

    generate(297, 3, documents=2, domain="nhieu.example.gov.vn", board=False)
    with_300 = _measure(client, urls)

    assert with_300 == with_3
