"""RSS 2.0 at /tin-tuc/rss/: valid XML readers accept, this site's news only."""

import datetime
import xml.etree.ElementTree as ET  # noqa: S405 (our own responses, not untrusted input)
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import pytest

from django.utils import timezone

from news.factories import NewsPageFactory
from tests.helpers import section

pytestmark = pytest.mark.django_db


@pytest.fixture
def feed(commune, other_commune, site_client):
    news = section(commune, "tin-tuc")
    now = timezone.now()
    for n in range(3):
        NewsPageFactory(
            parent=news,
            title=f"Tin số {n} – Hội nghị & <giao ban>",
            summary=f"Tóm tắt tin số {n}",
            first_published_at=now - datetime.timedelta(hours=n),
        )
    NewsPageFactory(parent=section(other_commune, "tin-tuc"), title="Tin của xã khác")
    response = site_client(commune).get("/tin-tuc/rss/")
    assert response.status_code == 200
    return response


def test_feed_is_valid_rss_with_complete_items(feed, commune):
    assert feed["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(feed.content)  # noqa: S314
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("title")
    assert urlsplit(channel.findtext("link")).netloc == commune.hostname
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Tin số 0 – Hội nghị & <giao ban>",
        "Tin số 1 – Hội nghị & <giao ban>",
        "Tin số 2 – Hội nghị & <giao ban>",
    ]
    for item in items:
        link = urlsplit(item.findtext("link"))
        assert link.scheme in {"http", "https"}
        assert link.netloc == commune.hostname
        assert link.path.startswith("/tin-tuc/")
        assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
        assert item.findtext("description").startswith("Tóm tắt tin số")


def test_feed_holds_only_this_sites_news(feed):
    assert "Tin của xã khác" not in feed.content.decode()


def test_feed_links_resolve_to_the_news_pages(feed, commune, site_client):
    client = site_client(commune)
    for item in ET.fromstring(feed.content).iter("item"):  # noqa: S314
        assert client.get(urlsplit(item.findtext("link")).path).status_code == 200


def test_news_list_advertises_its_feed(commune, site_client):
    html = site_client(commune).get("/tin-tuc/").content.decode()
    assert 'type="application/rss+xml"' in html
    assert "/tin-tuc/rss/" in html


def test_empty_news_section_still_gives_a_valid_feed(commune, site_client):
    response = site_client(commune).get("/tin-tuc/rss/")
    assert response.status_code == 200
    assert ET.fromstring(response.content).find("channel").findall("item") == []  # noqa: S314
