"""A per-IP rate limit on the public question forms, in Django's cache.

The cache is shared by every worker when Redis is configured (REDIS_URL), so
the limit holds across gunicorn nodes; with the local-memory default it is
per process. Addresses are hashed before they become cache keys: nothing
about the asker's connection is stored with the question.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

#: {bucket: (requests, seconds)}; a setting may override or disable (None).
DEFAULT_LIMITS = {"ask": (5, 600), "track": (30, 600)}


def client_ip(request):
    """The client's address: REMOTE_ADDR, or the header named by
    QUESTIONS_CLIENT_IP_HEADER when a trusted proxy sets it."""
    header = getattr(settings, "QUESTIONS_CLIENT_IP_HEADER", "")
    if header:
        value = request.META.get(header, "")
        if value:
            return value.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def limit_for(bucket):
    limits = getattr(settings, "QUESTIONS_RATE_LIMITS", DEFAULT_LIMITS)
    if limits is None:
        return None
    return limits.get(bucket, DEFAULT_LIMITS.get(bucket))


def allow(request, bucket):
    """Count one attempt; False once the client is over the limit."""
    limit = limit_for(bucket)
    if not limit:
        return True
    max_requests, window = limit
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()
    key = f"questions:rate:{bucket}:{digest[:32]}:{int(time.time() // window)}"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, window)
        count = 1
    return count <= max_requests
