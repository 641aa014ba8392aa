"""What production answers before Django (website.wsgi): static files and
anonymous cache hits, with the same headers Django gives them."""

import io
from wsgiref.util import setup_testing_defaults

import pytest

from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_started
from django.db import close_old_connections

from core import page_cache
from core.page_cache import CachedPagesFirst
from news.factories import NewsPageFactory
from tests.helpers import section
from website.static_files import StaticFilesFirst

pytestmark = pytest.mark.django_db


@pytest.fixture
def django_requests():
    """Counts the requests Django itself handled; keeps the test's
    transaction open, as Django's test client does."""
    handled = []

    def count(**kwargs):
        handled.append(1)

    request_started.disconnect(close_old_connections)
    request_started.connect(count)
    yield handled
    request_started.disconnect(count)
    request_started.connect(close_old_connections)


@pytest.fixture
def front(settings, tmp_path):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_DIR = tmp_path / "generations"
    settings.STATIC_ROOT = tmp_path / "static"
    settings.WHITENOISE_AUTOREFRESH = False
    (tmp_path / "static" / "css").mkdir(parents=True)
    (tmp_path / "static" / "css" / "site.css").write_text("body { color: #222; }")
    page_cache.outage.down_until = 0.0
    return StaticFilesFirst(CachedPagesFirst(WSGIHandler()))


def call(application, path, host, cookie=None, method="GET"):
    environ = {"PATH_INFO": path, "HTTP_HOST": host, "REQUEST_METHOD": method}
    if cookie:
        environ["HTTP_COOKIE"] = cookie
    setup_testing_defaults(environ)
    environ["wsgi.input"] = io.BytesIO()
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"], started["headers"] = status, dict(headers)

    body = b"".join(application(environ, start_response))
    return started["status"], started["headers"], body


def test_static_file_is_served_without_django_with_security_headers(front, django_requests):
    status, headers, body = call(front, "/static/css/site.css", "anyhost.example")
    assert status == "200 OK"
    assert body == b"body { color: #222; }"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")
    assert headers["Referrer-Policy"]
    assert django_requests == []


def test_missing_static_file_goes_on_to_django(front, django_requests, commune):
    status, _headers, _body = call(front, "/static/css/missing.css", commune.hostname)
    assert status.startswith("404")
    assert django_requests == [1]


def test_cache_hit_is_answered_before_django_with_the_stored_headers(
    front, django_requests, commune
):
    NewsPageFactory(parent=section(commune, "tin-tuc"), title="Họp dân khu 3")
    first = call(front, "/tin-tuc/", commune.hostname)
    second = call(front, "/tin-tuc/", commune.hostname)
    assert first[1]["X-Page-Cache"] == "miss"
    assert second[1]["X-Page-Cache"] == "hit"
    assert second[2] == first[2]
    assert "Họp dân khu 3" in second[2].decode()
    assert second[1]["Content-Security-Policy"] == first[1]["Content-Security-Policy"]
    assert second[1]["Content-Length"] == str(len(first[2]))
    # Django handled the first request only.
    assert django_requests == [1]


def test_publishing_is_seen_by_the_front_at_the_next_request(front, django_requests, commune):
    call(front, "/tin-tuc/", commune.hostname)
    item = NewsPageFactory(parent=section(commune, "tin-tuc"), title="Lịch tiếp dân", live=False)
    item.save_revision().publish()
    status, headers, body = call(front, "/tin-tuc/", commune.hostname)
    assert headers["X-Page-Cache"] == "miss"
    assert "Lịch tiếp dân" in body.decode()


def test_a_session_cookie_or_a_post_never_gets_the_stored_copy(front, django_requests, commune):
    call(front, "/", commune.hostname)
    _status, headers, _body = call(front, "/", commune.hostname, cookie="sessionid=abc")
    assert "X-Page-Cache" not in headers
    _status, headers, _body = call(front, "/", commune.hostname, method="POST")
    assert "X-Page-Cache" not in headers
    assert len(django_requests) == 3


def test_an_unknown_host_finds_nothing_stored(front, django_requests, commune):
    call(front, "/", commune.hostname)
    status, headers, _body = call(front, "/", "evil.example")
    assert "X-Page-Cache" not in headers or headers["X-Page-Cache"] != "hit"
    assert django_requests == [1, 1]
