"""The anonymous page cache: per site, emptied by publishing, never for editors."""

import datetime

import pytest

from django.utils import timezone

from home.models import Banner
from news.factories import NewsPageFactory
from tests.conftest import section

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _enable_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


def _news(site, title):
    item = NewsPageFactory(parent=section(site, "tin-tuc"), title=title, live=False)
    item.save_revision().publish()
    item.refresh_from_db()
    return item


def test_second_anonymous_request_is_served_from_cache(commune, site_client):
    client = site_client(commune)
    first = client.get("/tin-tuc/")
    second = client.get("/tin-tuc/")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_publishing_shows_at_next_request_and_leaves_other_commune_warm(
    commune, other_commune, site_client
):
    a, b = site_client(commune), site_client(other_commune)
    a.get("/"), a.get("/tin-tuc/"), b.get("/"), b.get("/tin-tuc/")

    _news(commune, "Hội nghị tổng kết năm")

    home_a, list_a = a.get("/"), a.get("/tin-tuc/")
    assert home_a["X-Page-Cache"] == "miss"
    assert "Hội nghị tổng kết năm" in home_a.content.decode()
    assert "Hội nghị tổng kết năm" in list_a.content.decode()
    assert b.get("/")["X-Page-Cache"] == "hit"
    assert b.get("/tin-tuc/")["X-Page-Cache"] == "hit"


def test_unpublishing_removes_the_item_at_next_request(commune, site_client):
    item = _news(commune, "Tin sẽ gỡ xuống")
    client = site_client(commune)
    assert "Tin sẽ gỡ xuống" in client.get("/tin-tuc/").content.decode()
    item.unpublish()
    assert "Tin sẽ gỡ xuống" not in client.get("/tin-tuc/").content.decode()


def test_logged_in_editor_is_never_served_a_cached_copy(commune, site_client, django_user_model):
    client = site_client(commune)
    client.get("/")
    editor = django_user_model.objects.create_superuser("bientap", "b@tancuong.gov.vn", "x")
    client.force_login(editor)
    response = client.get("/")
    assert "X-Page-Cache" not in response


def test_expired_slogan_does_not_outlive_its_validity_in_cache(commune, site_client):
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
    # A queryset update sends no signal; the expiry itself bounded the cache time.
    Banner.objects.first().save()
    assert "Chào mừng Đại hội" not in client.get("/").content.decode()


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
