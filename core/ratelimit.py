"""Per-IP rate limits on the public forms and search, in Django's cache.

One limiter for every public entry point (the question and tracking forms,
satisfaction ratings, /tim-kiem/). The cache is shared by every worker when
Redis is configured (REDIS_URL), so a limit holds across gunicorn workers and
nodes; with the local-memory default it is per process. Addresses are hashed
before they become cache keys: nothing about a visitor's connection is stored.

If the cache is unreachable the limiter fails open and logs it: losing Redis
must not stop citizens from asking questions.
"""

import hashlib
import ipaddress
import logging
import time

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

#: {bucket: (requests, seconds)}; a setting may override or disable (None).
DEFAULT_LIMITS = {
    "ask": (5, 600),
    "comment": (5, 600),
    "subscribe": (5, 600),
    "track": (30, 600),
    "rate": (10, 600),
    "search": (120, 60),
}


def client_ip(request):
    """The client's address: REMOTE_ADDR, or, behind trusted proxies, the
    address the outermost trusted proxy saw.

    Each proxy appends the address it received the request from to the header
    named by QUESTIONS_CLIENT_IP_HEADER (X-Forwarded-For); what lies to the
    left of that was written by the visitor and proves nothing. So the entry
    counted TRUSTED_PROXY_COUNT (default 1) from the right is the client.
    Written here rather than with django-ipware, which counts the proxies'
    own addresses inside the header (nginx's $proxy_add_x_forwarded_for adds
    none) and answers None for the one-proxy case.
    """
    header = getattr(settings, "QUESTIONS_CLIENT_IP_HEADER", "")
    if header:
        entries = [e.strip() for e in request.META.get(header, "").split(",") if e.strip()]
        position = len(entries) - max(int(getattr(settings, "TRUSTED_PROXY_COUNT", 1)), 1)
        if position >= 0:
            try:
                return str(ipaddress.ip_address(entries[position]))
            except ValueError:
                pass  # not an address: fall back to the proxy's own
    return request.META.get("REMOTE_ADDR", "")


def limit_for(bucket):
    limits = getattr(settings, "QUESTIONS_RATE_LIMITS", DEFAULT_LIMITS)
    if limits is None:
        return None
    return limits.get(bucket, DEFAULT_LIMITS.get(bucket))


def _count(key, window):
    """Add one to ``key``'s counter; None when the cache cannot count."""
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, window)
        return 1


def allow(request, bucket):
    """Count one attempt; False once the client is over the limit."""
    limit = limit_for(bucket)
    if not limit:
        return True
    max_requests, window = limit
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()
    key = f"questions:rate:{bucket}:{digest[:32]}:{int(time.time() // window)}"
    try:
        count = _count(key, window)
    except Exception as error:  # noqa: BLE001 - a lost cache must not close the forms
        count, reason = None, type(error).__name__
    else:
        reason = "no answer"
    if count is None:  # django-redis with IGNORE_EXCEPTIONS answers None
        logger.warning("rate limit %s not enforced: cache unavailable (%s)", bucket, reason)
        return True
    return count <= max_requests
