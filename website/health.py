"""/healthz/: is the database reachable, is the cache? For load balancers
and monitoring; says nothing about content and needs no login."""

import time

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache():
    key = "healthz:probe"
    value = str(time.time_ns())
    cache.set(key, value, 10)
    if cache.get(key) != value:
        raise RuntimeError("cache did not return what was stored")


@never_cache
def healthz(request):
    checks = {}
    for name, check in (("database", _check_database), ("cache", _check_cache)):
        try:
            check()
            checks[name] = "ok"
        except Exception as error:  # report, never crash the probe
            checks[name] = f"error: {type(error).__name__}"
    # The site still serves pages (uncached) without its cache: only the
    # database decides whether this node can take traffic.
    status = 200 if checks["database"] == "ok" else 503
    return JsonResponse({"status": "ok" if status == 200 else "error", **checks}, status=status)
