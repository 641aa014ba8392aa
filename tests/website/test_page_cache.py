"""The anonymous page cache: per site, emptied by publishing, never for editors."""

import contextlib
import datetime
import logging
import uuid

import pytest

from django.core.cache import caches
from django.utils import timezone

from core import page_cache
from core.models import SiteProfile
from home.models import Banner
from news.factories import NewsPageFactory
from questions.factories import QuestionFactory
from questions.models import QuestionState
from tests.helpers import section

pytestmark = pytest.mark.django_db

LOCMEM = "django.core.cache.backends.locmem.LocMemCache"
REDIS = "redis://127.0.0.1:6379/11"
# A port of this project's range where nothing listens: Redis "gone away".
REDIS_GONE = "redis://127.0.0.1:8319/0"


@pytest.fixture(autouse=True)
def _enable_cache(settings, tmp_path):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_DIR = tmp_path / "generations"
    page_cache.outage.down_until = 0.0
    caches["pages"].clear()
    yield
    with contextlib.suppress(Exception):  # a test may have pointed it at a gone Redis
        caches["pages"].clear()
    page_cache.outage.down_until = 0.0


def _redis_pages(location, **options):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2, **options},
    }


@pytest.fixture
def redis_pages(settings):
    """The page cache on the real Redis (DB 11, a key prefix of its own)."""
    import redis

    try:
        redis.Redis.from_url(REDIS, socket_connect_timeout=0.2).ping()
    except redis.RedisError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    # A live Redis on a busy machine may take longer than the gone one's 0.2 s.
    settings.CACHES = {
        **settings.CACHES,
        "pages": _redis_pages(REDIS, SOCKET_CONNECT_TIMEOUT=2, SOCKET_TIMEOUT=2),
    }
    yield
    caches["pages"].delete_pattern("*")  # this test's prefix only, never FLUSHDB


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


def test_publish_reaches_every_worker_of_the_in_process_cache(commune, site_client, settings):
    """Each gunicorn worker has its own in-process cache (two aliases here):
    the generation they compare lives outside them, so both see the publish."""
    settings.CACHES = {**settings.CACHES, "worker2": {"BACKEND": LOCMEM, "LOCATION": "worker2"}}
    client = site_client(commune)

    def get(worker):
        settings.PAGE_CACHE_ALIAS = worker
        return client.get("/tin-tuc/")

    for worker in ("pages", "worker2"):
        get(worker)
        assert get(worker)["X-Page-Cache"] == "hit"

    settings.PAGE_CACHE_ALIAS = "pages"
    _news(commune, "Lịch tiếp công dân tháng Chạp")

    for worker in ("pages", "worker2"):
        response = get(worker)
        assert response["X-Page-Cache"] == "miss"
        assert "Lịch tiếp công dân tháng Chạp" in response.content.decode()
    caches["worker2"].clear()


def test_redis_cache_serves_hits_and_publishing_leaves_other_commune_warm(
    redis_pages, commune, other_commune, site_client
):
    a, b = site_client(commune), site_client(other_commune)
    assert a.get("/")["X-Page-Cache"] == "miss"
    assert a.get("/")["X-Page-Cache"] == "hit"
    b.get("/tin-tuc/")

    _news(commune, "Thông báo lịch cắt điện")

    home = a.get("/")
    assert home["X-Page-Cache"] == "miss"
    assert "Thông báo lịch cắt điện" in home.content.decode()
    assert b.get("/tin-tuc/")["X-Page-Cache"] == "hit"


def test_unreachable_redis_serves_pages_uncached_and_logs_once(
    commune, site_client, settings, caplog
):
    settings.CACHES = {**settings.CACHES, "pages": _redis_pages(REDIS_GONE)}
    _news(commune, "Tin khi Redis mất kết nối")
    client = site_client(commune)
    with caplog.at_level(logging.WARNING, logger="core.page_cache"):
        responses = [client.get("/tin-tuc/") for _ in range(3)]
    for response in responses:
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "Tin khi Redis mất kết nối" in response.content.decode()
    outages = [r for r in caplog.records if "unavailable" in r.getMessage()]
    assert len(outages) == 1


def test_publishing_while_redis_is_gone_still_publishes(commune, site_client, settings, caplog):
    settings.CACHES = {**settings.CACHES, "pages": _redis_pages(REDIS_GONE)}
    with caplog.at_level(logging.ERROR, logger="core.page_cache"):
        item = _news(commune, "Tin đăng khi Redis mất kết nối")
    assert item.live
    assert any("could not invalidate" in r.getMessage() for r in caplog.records)
    assert "Tin đăng khi Redis mất kết nối" in site_client(commune).get("/").content.decode()


def test_site_profile_change_empties_its_site_only(commune, other_commune, site_client):
    a, b = site_client(commune), site_client(other_commune)
    a.get("/"), b.get("/")
    profile = SiteProfile.for_site(commune)
    profile.address = "Số 9 đường Hoàng Văn Thụ, xã Tân Cương"
    profile.save()
    home = a.get("/")
    assert home["X-Page-Cache"] == "miss"
    assert "Số 9 đường Hoàng Văn Thụ" in home.content.decode()
    assert b.get("/")["X-Page-Cache"] == "hit"


def test_published_answer_shows_at_next_request_but_new_questions_keep_the_cache(
    commune, site_client
):
    client = site_client(commune)
    client.get("/hoi-dap/")
    question = QuestionFactory(site=commune, text="Hỏi về cấp đổi sổ đỏ", answer="Trả lời")
    assert client.get("/hoi-dap/")["X-Page-Cache"] == "hit"

    question.state = QuestionState.PUBLISHED
    question.published_at = timezone.now()
    question.save()
    answers = client.get("/hoi-dap/")
    assert answers["X-Page-Cache"] == "miss"
    assert "Hỏi về cấp đổi sổ đỏ" in answers.content.decode()


def test_bump_after_commit_retires_a_copy_rendered_before_the_commit(
    commune, site_client, django_capture_on_commit_callbacks
):
    """A worker may read the new generation while the publishing transaction
    is still open and store the old page under it; the bump after the commit
    makes that copy unreachable."""
    client = site_client(commune)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page_cache.bump_hosts({commune.hostname})
        client.get("/tin-tuc/")  # rendered "before the commit"
        assert client.get("/tin-tuc/")["X-Page-Cache"] == "hit"
    assert callbacks
    for callback in callbacks:
        callback()
    assert client.get("/tin-tuc/")["X-Page-Cache"] == "miss"


def test_head_and_query_strings_with_preview_are_not_served_from_cache(commune, site_client):
    client = site_client(commune)
    client.get("/tin-tuc/")
    assert "X-Page-Cache" not in client.head("/tin-tuc/")
    assert "X-Page-Cache" not in client.get("/tin-tuc/?preview=1")


def test_deleting_a_page_removes_it_at_next_request(commune, other_commune, site_client):
    item = _news(commune, "Tin sẽ bị xoá")
    a, b = site_client(commune), site_client(other_commune)
    assert "Tin sẽ bị xoá" in a.get("/tin-tuc/").content.decode()
    b.get("/")
    item.delete()
    assert "Tin sẽ bị xoá" not in a.get("/tin-tuc/").content.decode()
    assert b.get("/")["X-Page-Cache"] == "hit"


def test_moving_a_page_shows_it_in_its_new_place_at_next_request(commune, site_client):
    item = _news(commune, "Tin chuyển sang mục khác")
    client = site_client(commune)
    assert "Tin chuyển sang mục khác" in client.get("/tin-tuc/").content.decode()
    other_section = NewsPageFactory(parent=section(commune, "tin-tuc"), title="Mục tạm")
    old_url = item.relative_url(commune)
    item.move(other_section, pos="last-child")
    item.refresh_from_db()
    listing = client.get("/tin-tuc/")
    assert listing["X-Page-Cache"] == "miss"
    assert item.relative_url(commune) in listing.content.decode()
    assert f'href="{old_url}"' not in listing.content.decode()


def test_redis_hit_kept_in_process_still_sees_a_publish_from_another_node(
    commune, site_client, redis_pages
):
    client = site_client(commune)
    client.get("/tin-tuc/")
    assert client.get("/tin-tuc/")["X-Page-Cache"] == "hit"
    assert page_cache.recent  # the page itself is now read from this process
    # Another node publishes: only the generation in Redis moves.
    _news(commune, "Thông báo lịch cắt điện")
    response = client.get("/tin-tuc/")
    assert response["X-Page-Cache"] == "miss"
    assert "Thông báo lịch cắt điện" in response.content.decode()


def test_redis_that_lost_the_generation_never_serves_a_copy_kept_in_process(
    commune, site_client, redis_pages
):
    client = site_client(commune)
    client.get("/tin-tuc/"), client.get("/tin-tuc/")
    assert client.get("/tin-tuc/")["X-Page-Cache"] == "hit"
    # Redis restarted (it keeps nothing on disk): every generation is gone.
    caches["pages"].delete(page_cache.GENERATION_KEY.format(host=commune.hostname))
    assert client.get("/tin-tuc/")["X-Page-Cache"] == "miss"


def test_generations_read_through_redis_py_agree_with_django_redis(commune, redis_pages):
    """The page cache reads and starts generations with redis-py, past
    django-redis: both must see the same number, or a publish would go
    unseen by processes holding a page."""
    cache, config = caches["pages"], page_cache.conf()
    key = page_cache.GENERATION_KEY.format(host=commune.hostname)
    redis_key = page_cache._host_keys(config, commune.hostname)[2]
    found = page_cache.Lookup("unused", 0, None, key)
    page_cache._start_generation(found)
    assert found.generation > 0
    assert cache.get(key) == found.generation
    assert page_cache._raw_generation(config, key, redis_key) == found.generation

    page_cache.bump_hosts([commune.hostname])
    bumped = cache.get(key)
    assert bumped > found.generation
    assert page_cache._raw_generation(config, key, redis_key) == bumped
    # Starting again never overwrites a generation another worker set.
    again = page_cache.Lookup("unused", 0, None, key)
    page_cache._start_generation(again)
    assert again.generation == bumped
