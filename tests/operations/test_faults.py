"""Faults the site survives: Redis unreachable, the database restarting,
a publish that fails midway; and limits that hold across workers."""

import logging
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from django.db import OperationalError, close_old_connections, connection
from django.db.backends.utils import CursorWrapper

from questions.models import Question
from questions.services.consent import current_notice
from tests.questions.helpers import VALID

from .servers import TCPProxy

ROOT = Path(__file__).resolve().parents[2]
ASK = "/hoi-dap/gui-cau-hoi/"
REDIS_DOWN_PORT = 8206  # nothing listens here
PG_PROXY_PORT = 8205
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/10")


def _redis_available():
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except Exception:  # noqa: BLE001
        return False


# --- rate limit shared by workers ----------------------------------------


@pytest.mark.skipif(not _redis_available(), reason="needs Redis at TEST_REDIS_URL")
def test_rate_limit_holds_across_two_worker_processes():
    prefix = f"test-h8c-{uuid.uuid4().hex}"
    env = {**os.environ, "REDIS_URL": REDIS_URL, "CACHE_KEY_PREFIX": prefix}
    workers = [
        subprocess.Popen(  # noqa: S603 - our own interpreter and script
            [sys.executable, str(Path(__file__).with_name("ratelimit_worker.py"))],
            cwd=ROOT,
            env={**env, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        for worker in workers:
            assert worker.stdout.readline().strip() == "ready"

        def ask(worker, ip):
            worker.stdin.write(ip + "\n")
            worker.stdin.flush()
            return worker.stdout.readline().strip()

        # Requests alternate between the workers: the 6th is refused, as it
        # would be by one worker, whichever worker receives it.
        answers = [ask(workers[n % 2], "198.51.100.1") for n in range(8)]
        assert answers == ["allow"] * 5 + ["deny"] * 3
        # Another address has its own allowance.
        assert ask(workers[1], "198.51.100.2") == "allow"
    finally:
        for worker in workers:
            worker.stdin.close()
            worker.wait(timeout=10)
        import redis

        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


# --- Redis unreachable ---------------------------------------------------


@pytest.fixture
def redis_down(settings):
    unreachable = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{REDIS_DOWN_PORT}/10",
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }
    # Every cache alias (the page cache has its own) points at the dead Redis.
    settings.CACHES = {alias: unreachable for alias in settings.CACHES}
    settings.DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    settings.PAGE_CACHE_ENABLED = True
    settings.QUESTIONS_RATE_LIMITS = {"ask": (1, 600)}


def test_site_serves_with_redis_unreachable(redis_down, site_client, commune, caplog):
    client = site_client(commune)
    for _ in range(2):  # a miss, then what would have been a hit
        response = client.get("/")
        assert response.status_code == 200
        assert "Xã Tân Cương" in response.content.decode()
    assert client.get("/tin-tuc/").status_code == 200
    assert client.get("/tim-kiem/", {"q": "đất"}).status_code == 200

    # The question form still takes questions; the rate limit fails open, loudly.
    data = {**VALID, "notice_version": current_notice().version}
    with caplog.at_level(logging.WARNING, logger="core.ratelimit"):
        for _ in range(2):
            assert client.post(ASK, data, REMOTE_ADDR="203.0.113.5").status_code == 200
    assert Question.objects.count() == 2
    assert "rate limit ask not enforced" in caplog.text

    health = client.get("/healthz/")
    assert health.status_code == 200  # the node can still take traffic
    assert health.json()["database"] == "ok"
    assert health.json()["cache"].startswith("error")


# --- database unavailable ------------------------------------------------


@pytest.fixture
def database_down(monkeypatch):
    """Every query fails as it does while PostgreSQL restarts."""

    def refuse(self, *args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(CursorWrapper, "execute", refuse)
    monkeypatch.setattr(CursorWrapper, "executemany", refuse)
    return monkeypatch


def test_database_down_gives_a_friendly_503_then_recovers(site_client, commune, database_down):
    client = site_client(commune)
    for url in ("/", "/tin-tuc/", "/tim-kiem/?q=đất", ASK):
        response = client.get(url)
        assert response.status_code == 503, url
        assert response["Retry-After"] == "30"
        assert "Hệ thống tạm thời gián đoạn" in response.content.decode()
    response = client.post(ASK, {**VALID, "notice_version": "v1"})
    assert response.status_code == 503
    health = client.get("/healthz/")
    assert health.status_code == 503 and health.json()["database"].startswith("error")

    database_down.undo()  # the database is back
    assert client.get("/").status_code == 200
    assert client.get("/healthz/").status_code == 200


def test_the_500_handler_turns_a_database_error_into_the_503_page(rf):
    from home.views import server_error

    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = server_error(rf.get("/"))
    assert response.status_code == 503
    try:
        raise ValueError("a bug")
    except ValueError:
        assert server_error(rf.get("/")).status_code == 500


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs DATABASE_URL=postgres://")
@pytest.mark.postgres
# serialized_rollback: the flush afterwards must keep the rows migrations made.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_postgresql_restart_is_survived_without_restarting_the_site(site_client, settings):
    """The site talks to PostgreSQL through a proxy that is stopped (every
    connection cut, new ones refused) and started again."""
    from home.factories import CommuneSiteFactory

    commune = CommuneSiteFactory(hostname="tancuong.example.gov.vn", name="Xã Tân Cương")
    real = (
        connection.settings_dict["HOST"] or "127.0.0.1",
        int(connection.settings_dict["PORT"] or 5432),
    )
    proxy = TCPProxy(PG_PROXY_PORT, real)
    saved = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(
        HOST="127.0.0.1", PORT=str(PG_PROXY_PORT), CONN_MAX_AGE=60, CONN_HEALTH_CHECKS=True
    )
    client = site_client(commune)

    def get(url):
        # What the WSGI handler does at each request boundary (the test
        # client leaves it out): drop connections that are broken or old.
        close_old_connections()
        try:
            return client.get(url)
        finally:
            close_old_connections()

    try:
        assert get("/").status_code == 200
        proxy.stop()  # PostgreSQL goes away mid-life of a persistent connection
        response = get("/")
        assert response.status_code == 503
        assert response["Retry-After"]
        proxy = TCPProxy(PG_PROXY_PORT, real)  # ... and comes back
        assert get("/").status_code == 200
        assert get("/healthz/").json()["database"] == "ok"
    finally:
        proxy.stop()
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
