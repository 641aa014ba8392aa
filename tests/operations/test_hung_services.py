"""A service that accepts the connection and never answers (a partition, a
stuck server) must not stall the site: PostgreSQL gives the Vietnamese 503,
Redis is skipped after its first timeout, mail is never sent from a request
(tests/operations/test_mail_queue.py). The outcome is asserted here; how long
each takes is measured in bench/ (bench/hung.py)."""

import logging
import threading

import pytest

from django.conf import settings as django_settings
from django.db import OperationalError, close_old_connections, connection
from django.db.backends.postgresql.base import DatabaseWrapper

from website.caches import reset_breakers

from .servers import SilentListener


@pytest.fixture
def hung():
    listener = SilentListener()
    yield listener
    listener.stop()


def _in_thread(function):
    """Run ``function``; a safety net of 60 s so a regression fails instead of
    hanging the whole suite (the real limits are a few seconds)."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except Exception as error:  # noqa: BLE001 - reported to the test
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "still waiting for the hung service"
    return outcome


# --- PostgreSQL -------------------------------------------------------------


@pytest.mark.django_db
def test_connecting_to_a_hung_postgresql_gives_up(hung):
    """The project's PostgreSQL options (connect timeout, keepalives) make a
    connection to a server that never answers fail, on any test database."""
    from website.settings.base import postgresql_options

    wrapper = DatabaseWrapper(
        {
            **connection.settings_dict,
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "ttdt",
            "USER": "postgres",
            "PASSWORD": "",
            "HOST": "127.0.0.1",
            "PORT": str(hung.port),
            "OPTIONS": postgresql_options(connect_timeout=2),
            "CONN_MAX_AGE": 0,
            "CONN_HEALTH_CHECKS": False,
            "TIME_ZONE": None,
        },
        alias="hung",
    )
    outcome = _in_thread(wrapper.ensure_connection)
    assert isinstance(outcome.get("error"), OperationalError)
    assert hung.accepted == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs DATABASE_URL=postgres://")
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_hung_postgresql_gives_the_503_page_and_healthz_says_so(site_client, hung):
    from home.factories import CommuneSiteFactory

    commune = CommuneSiteFactory(hostname="tancuong.example.gov.vn", name="Xã Tân Cương")
    client = site_client(commune)
    assert client.get("/").status_code == 200
    saved = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(
        HOST="127.0.0.1",
        PORT=str(hung.port),
        OPTIONS={**saved.get("OPTIONS", {}), "connect_timeout": 2},
    )
    try:

        def visit():
            responses = {}
            for url in ("/tin-tuc/", "/healthz/"):
                close_old_connections()
                responses[url] = client.get(url)
            return responses

        outcome = _in_thread(visit)
        assert "error" not in outcome, outcome.get("error")
        page, health = outcome["value"]["/tin-tuc/"], outcome["value"]["/healthz/"]
        assert page.status_code == 503
        assert "Hệ thống tạm thời gián đoạn" in page.content.decode()
        assert health.status_code == 503 and health.json()["database"].startswith("error")
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


def test_gunicorn_waits_longer_than_the_application_does():
    """gunicorn never kills a worker for a hung service: its timeout is above
    every timeout of the application's own."""
    import runpy
    from pathlib import Path

    config = runpy.run_path(str(Path(django_settings.BASE_DIR) / "gunicorn.conf.py"))
    from website.settings.base import postgresql_options

    options = postgresql_options()
    slowest = max(
        options["connect_timeout"],
        int(options["options"].split("=")[1]) / 1000,
        django_settings.EMAIL_TIMEOUT if False else 0,  # mail is never sent from a request
    )
    assert config["timeout"] > slowest + 5
    assert config["max_requests"] > 0 and config["max_requests_jitter"] > 0
    assert "%(q)s" not in config["access_log_format"]  # no query strings in the access log


# --- Redis ------------------------------------------------------------------


@pytest.fixture
def redis_hung(settings, hung):
    reset_breakers()
    options = {"SOCKET_CONNECT_TIMEOUT": 0.3, "SOCKET_TIMEOUT": 0.3}
    location = f"redis://127.0.0.1:{hung.port}/0"
    settings.CACHES = {
        "default": {
            "BACKEND": "website.caches.GuardedRedisCache",
            "LOCATION": location,
            "OPTIONS": {**options, "IGNORE_EXCEPTIONS": True},
        },
        "pages": {
            "BACKEND": "website.caches.GuardedRedisCache",
            "LOCATION": location,
            "OPTIONS": {**options, "IGNORE_EXCEPTIONS": False},
        },
    }
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
    settings.PAGE_CACHE_ENABLED = True
    settings.REDIS_RETRY_SECONDS = 60
    yield hung
    reset_breakers()


def test_a_hung_redis_is_skipped_after_its_first_timeout(commune, site_client, redis_hung, caplog):
    client = site_client(commune)
    with caplog.at_level(logging.WARNING):
        assert client.get("/").status_code == 200
        tried = redis_hung.accepted
        assert tried >= 1
        later = [client.get(url) for url in ("/", "/tin-tuc/", "/tim-kiem/?q=dat", "/")]
    assert [r.status_code for r in later] == [200, 200, 200, 200]
    # Pages after the first never touch Redis: no connection, no timeout to wait for.
    assert redis_hung.accepted == tried
    outage_lines = [r for r in caplog.records if "redis unavailable" in r.getMessage()]
    assert len(outage_lines) == 1
    assert not [r for r in caplog.records if r.exc_info or r.exc_text]
