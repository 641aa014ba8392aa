"""Cache backends of our own."""

import logging
import threading
import time

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache

logger = logging.getLogger(__name__)


class KeepFirstLocMemCache(LocMemCache):
    """An in-process cache whose ``set`` keeps an entry already there.

    Wagtail's Image.get_rendition stores the rendition it found in the
    "renditions" cache every time an image is shown, even when the rendition
    came from that cache or from a prefetch: with the in-process cache that
    is a pickle per image per request. A rendition never changes under its
    key (the key holds the filter and the focal point; Wagtail deletes the
    entry when it deletes the rendition), so the first copy is enough.
    """

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        checked = self.make_and_validate_key(key, version=version)
        with self._lock:
            if not self._has_expired(checked):
                return
        super().set(key, value, timeout, version)


class _Breaker:
    """One Redis server's health, per process: after a failure every cache
    alias on that server skips it for ``REDIS_RETRY_SECONDS`` and the outage
    is logged once, not as a traceback per call."""

    def __init__(self, server):
        self.server = server
        self.down_until = 0.0
        self.lock = threading.Lock()

    def skipping(self):
        return self.down_until and time.monotonic() < self.down_until

    def failed(self, error):
        with self.lock:
            if not self.down_until:
                logger.warning(
                    "redis unavailable, caching skipped for %ss: %s",
                    settings.REDIS_RETRY_SECONDS,
                    type(error).__name__,
                )
            self.down_until = time.monotonic() + settings.REDIS_RETRY_SECONDS

    def succeeded(self):
        if self.down_until:
            with self.lock:
                if self.down_until:
                    logger.warning("redis available again")
                self.down_until = 0.0


_breakers = {}


def breaker_for(server):
    return _breakers.setdefault(str(server), _Breaker(str(server)))


def reset_breakers():
    """Forget every outage (tests)."""
    _breakers.clear()


class _GuardedClient:
    """django-redis's client, short-circuited while its server is down."""

    def __init__(self, client, breaker):
        self._client = client
        self._breaker = breaker

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute) or name == "close":
            return attribute
        breaker = self._breaker

        def guarded(*args, **kwargs):
            if breaker.skipping():
                error = ConnectionInterrupted(connection=None)
                error.__cause__ = RedisConnectionError("skipped: redis is down")
                raise error
            try:
                result = attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                breaker.failed(error.__cause__ or error)
                raise
            breaker.succeeded()
            return result

        return guarded


class GuardedRedisCache(RedisCache):
    """django-redis with a circuit breaker shared by every alias on one server.

    django-redis alone pays its socket timeout on every call while Redis
    hangs (a page makes dozens) and, with IGNORE_EXCEPTIONS, logs a traceback
    each time; here the first failure opens the breaker and later calls
    return at once, as misses.
    """

    @property
    def client(self):
        if self._client is None:
            self._client = _GuardedClient(
                self._client_cls(self._server, self._params, self), breaker_for(self._server)
            )
        return self._client
