"""Private sections (Wagtail's view restrictions) hold at every request,
although each process keeps the list of restricted paths (core.restrictions)."""

import pytest

from wagtail.models import PageViewRestriction

from core import restrictions
from tests.helpers import section
from tests.home.helpers import add_news

pytestmark = pytest.mark.django_db


def _restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau-9"
    )


def test_a_section_made_private_leaves_listings_and_asks_for_its_password(commune, site_client):
    item = add_news(commune, 1, title="Thông báo nội bộ của Ban biên tập")[0]
    client = site_client(commune)
    assert "Thông báo nội bộ" in client.get("/").content.decode()  # lists warmed

    restriction = _restrict(section(commune, "tin-tuc"))

    assert "Thông báo nội bộ" not in client.get("/").content.decode()
    assert "Thông báo nội bộ" not in client.get("/tin-tuc/rss/").content.decode()
    page = client.get(item.url)
    assert page.status_code == 200
    assert "password" in page.content.decode()  # Wagtail's password form
    assert item.summary not in page.content.decode()

    restriction.delete()
    assert "Thông báo nội bộ" in client.get("/").content.decode()
    assert item.summary in client.get(item.url).content.decode()


def test_a_restriction_written_by_another_worker_holds_once_it_tells_the_others(
    commune, site_client
):
    item = add_news(commune, 1)[0]
    client = site_client(commune)
    assert item.summary in client.get(item.url).content.decode()

    # Another process saved it: no signal here, only the shared generation moves.
    PageViewRestriction.objects.bulk_create(
        [
            PageViewRestriction(
                page=item, restriction_type=PageViewRestriction.PASSWORD, password="x-9"
            )
        ]
    )
    from core import page_cache

    page_cache.bump_generation(restrictions.GENERATION)

    assert item.summary not in client.get(item.url).content.decode()


def test_an_alias_of_a_private_page_is_private_too(commune, site_client):
    item = add_news(commune, 1)[0]
    alias = item.create_alias(parent=section(commune, "tin-tuc"), update_slug="ban-sao")
    client = site_client(commune)
    assert item.summary in client.get(alias.url).content.decode()

    _restrict(item)

    assert item.summary not in client.get(alias.url).content.decode()


def test_without_the_shared_generation_wagtail_decides(commune, site_client, monkeypatch):
    item = add_news(commune, 1)[0]
    _restrict(item)
    from core import page_cache

    monkeypatch.setattr(page_cache, "read_generation", lambda name: None)

    assert restrictions.may_be_restricted(item)
    assert item.summary not in site_client(commune).get(item.url).content.decode()
