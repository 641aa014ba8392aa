"""A separate worker process for the cross-worker rate limit test.

Reads one client address per line on stdin, runs the real limiter against
the shared Redis cache and answers "allow" or "deny" per line. Two of these
play two gunicorn workers.
"""

import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.test")


def main():
    from django.conf import settings

    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ["CACHE_KEY_PREFIX"],
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    django.setup()
    from django.test import RequestFactory

    from core import ratelimit

    settings.QUESTIONS_RATE_LIMITS = {"ask": (5, 10**9)}
    factory = RequestFactory()
    print("ready", flush=True)
    for line in sys.stdin:
        request = factory.post("/hoi-dap/gui-cau-hoi/", REMOTE_ADDR=line.strip())
        print("allow" if ratelimit.allow(request, "ask") else "deny", flush=True)


if __name__ == "__main__":
    main()
