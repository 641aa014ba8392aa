"""What an uncached request keeps per process (core.fragments, core.routing):
rendered parts and the page an address leads to, under the site's
generation. With the page cache off, a second request renders nothing it
rendered before and asks the database nothing, yet a publish, a move, an
unpublish or a slogan's end shows at the next request, and nothing that
carries one visitor's CSRF token is ever given to another."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import Banner
from news.factories import NewsPageFactory
from tests.helpers import section

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _render_caches(settings, tmp_path):
    settings.PAGE_CACHE_ENABLED = False
    settings.FRAGMENT_CACHE_ENABLED = True
    settings.PAGE_CACHE_DIR = tmp_path / "generations"


def _publish(site, title, **fields):
    item = NewsPageFactory(parent=section(site, "tin-tuc"), title=title, live=False, **fields)
    item.save_revision().publish()
    item.refresh_from_db()
    return item


def test_second_request_renders_and_queries_nothing_it_already_did(commune, site_client):
    item = _publish(commune, "Hội nghị tổng kết năm")
    client = site_client(commune)
    url = item.relative_url(commune)
    first = client.get(url)
    with CaptureQueriesContext(connection) as second_queries:
        second = client.get(url)
    assert second.content == first.content
    assert "Hội nghị tổng kết năm" in second.content.decode()
    assert len(second_queries) == 0
    client.get("/")
    with CaptureQueriesContext(connection) as home_queries:
        client.get("/")
    assert len(home_queries) == 0


def test_publishing_unpublishing_and_moving_show_at_the_next_request(commune, site_client):
    client = site_client(commune)
    client.get("/"), client.get("/tin-tuc/")
    item = _publish(commune, "Lịch tiếp công dân")
    assert "Lịch tiếp công dân" in client.get("/").content.decode()
    url = item.relative_url(commune)
    assert client.get(url).status_code == 200

    item.unpublish()
    assert client.get(url).status_code == 404
    assert "Lịch tiếp công dân" not in client.get("/tin-tuc/").content.decode()

    item.save_revision().publish()
    assert client.get(url).status_code == 200
    item.move(section(commune, "chi-dao-dieu-hanh"), pos="last-child")
    item.refresh_from_db()
    moved = client.get(url)  # Wagtail's redirect to the new address, not the old page
    assert moved.status_code == 301
    assert moved["Location"].endswith(item.relative_url(commune))
    assert client.get(item.relative_url(commune)).status_code == 200


def test_a_form_with_a_csrf_token_is_never_kept(commune, site_client):
    ask = "/hoi-dap/gui-cau-hoi/"
    one, other = site_client(commune), site_client(commune)
    token = one.get(ask).context["csrf_token"]
    page = other.get(ask).content.decode()
    assert str(token) not in page


def test_a_slogan_is_not_shown_past_its_end(commune, site_client):
    now = timezone.now()
    Banner.objects.create(
        site=commune,
        text="Chào mừng Đại hội",
        valid_from=now - datetime.timedelta(days=1),
        valid_until=now + datetime.timedelta(days=1),
    )
    client = site_client(commune)
    assert "Chào mừng Đại hội" in client.get("/").content.decode()
    Banner.objects.filter(site=commune).update(valid_until=now - datetime.timedelta(seconds=1))
    # A queryset update sends no signal: the slogan's own end bounds the kept frame.
    Banner.objects.first().save()
    assert "Chào mừng Đại hội" not in client.get("/").content.decode()


def test_a_signed_in_editor_gets_a_fresh_rendering(commune, site_client, django_user_model):
    client = site_client(commune)
    client.get("/tin-tuc/")
    _publish_quietly = NewsPageFactory(parent=section(commune, "tin-tuc"), title="Tin chưa báo")
    editor = django_user_model.objects.create_superuser("bientap", "b@tancuong.gov.vn", "x")
    client.force_login(editor)
    assert _publish_quietly.title in client.get("/tin-tuc/").content.decode()


def test_with_the_page_cache_on_a_page_is_kept_once(commune, site_client, settings):
    """The page cache keeps the whole page under the same generation: its
    parts are not kept a second time."""
    from core import fragments

    settings.PAGE_CACHE_ENABLED = True
    client = site_client(commune)
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"
    assert len(fragments._fragments) == 0
    settings.PAGE_CACHE_ENABLED = False
    client.get("/")
    assert len(fragments._fragments) > 0
