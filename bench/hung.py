"""How long a hung service costs: a silent listener (accepts, never answers)
stands in for PostgreSQL, Redis and the mail server.

    .venv/bin/python bench/hung.py

Prints, for each, what one call costs with the project's settings and, for
Redis, what the calls after the first cost (the circuit breaker) against
django-redis alone. The outcomes are asserted in tests/operations/
test_hung_services.py; the times are only measured here.
"""

import socket
import threading
import time

from _django import setup
from django_redis.cache import RedisCache

from django.core.mail import EmailMessage, get_connection
from django.db import connection
from django.db.backends.postgresql.base import DatabaseWrapper

from website.caches import GuardedRedisCache, reset_breakers
from website.settings.base import postgresql_options


def silent_listener():
    server = socket.create_server(("127.0.0.1", 0))
    held = []

    def accept():
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            held.append(conn)

    threading.Thread(target=accept, daemon=True).start()
    return server, server.getsockname()[1]


def timed(function):
    start = time.perf_counter()
    try:
        function()
        outcome = "ok"
    except Exception as error:  # noqa: BLE001 - reported
        outcome = type(error).__name__
    return time.perf_counter() - start, outcome


def main():
    setup("website.settings.test")
    server, port = silent_listener()

    wrapper = DatabaseWrapper(
        {
            **connection.settings_dict,
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "x",
            "USER": "postgres",
            "PASSWORD": "",
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "OPTIONS": postgresql_options(),
            "CONN_MAX_AGE": 0,
            "CONN_HEALTH_CHECKS": False,
            "TIME_ZONE": None,
        },
        alias="hung",
    )
    seconds, outcome = timed(wrapper.ensure_connection)
    print(f"PostgreSQL connect (DB_CONNECT_TIMEOUT=3): {seconds:.2f} s -> {outcome}")

    location = f"redis://127.0.0.1:{port}/0"
    options = {"SOCKET_CONNECT_TIMEOUT": 0.3, "SOCKET_TIMEOUT": 0.3, "IGNORE_EXCEPTIONS": True}
    for name, backend in (
        ("django-redis alone", RedisCache),
        ("GuardedRedisCache", GuardedRedisCache),
    ):
        reset_breakers()
        cache = backend(location, {"OPTIONS": options})
        times = [timed(lambda c=cache: c.get("k"))[0] for _ in range(20)]
        print(
            f"Redis {name}: first get {times[0]:.3f} s, next 19 gets {sum(times[1:]):.3f} s in all"
        )

    smtp = get_connection(
        "django.core.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=port, timeout=20
    )
    seconds, outcome = timed(
        lambda: smtp.send_messages([EmailMessage("x", "y", "a@b.vn", ["c@d.vn"])])
    )
    print(
        f"SMTP send (EMAIL_TIMEOUT=20), paid by the mail worker only: {seconds:.2f} s -> {outcome}"
    )
    server.close()


if __name__ == "__main__":
    main()
