"""Whole-page cache for anonymous visitors, per site, invalidated on publish.

Django's per-site cache middleware keys on the full URL and varies on
cookies, and cannot be invalidated per Wagtail Site; we need "publishing on
commune A empties A's cache and leaves B's warm". Each host name has a
generation; a page is stored together with the generation it was rendered
under, and publishing starts a new generation for the sites it shows on, so
their old entries are never served again and simply expire.

Where the generation lives decides whether every worker sees a publish at
its next request:

- in-process cache (no REDIS_URL): each gunicorn worker has its own pages,
  so the generation must be shared by all of them; it is the modification
  time of one empty file per host under PAGE_CACHE_DIR, read with one
  ``stat`` (about a microsecond, no lock, no database);
- Redis: the generation is a Redis key read in the same MGET as the page,
  so a hit is one round trip and every node sees a publish at once.

The middleware is the first one after host validation: a hit costs a
``stat`` or one Redis round trip, one cache read and a response built from
stored bytes and headers; it never reaches sessions, authentication, CSP
or the database. Security and CSP headers were added when the page was
rendered and are stored with it.
"""

import hashlib
import logging
import os
import threading
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.signals import setting_changed
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpResponse, QueryDict
from django.http.cookie import parse_cookie
from django.http.request import split_domain_port

from core.bounded import BoundedDict

logger = logging.getLogger(__name__)

GENERATION_KEY = "pc:gen:{host}"
# Generation of the Sites themselves (hosts, root paths, locales): a name no
# host can have (core.hosts, core.wagtail_speedups).
SITES_GENERATION = ".sites"
# v2: stored as (generation, body, ((header, value), ...), expires at).
PAGE_KEY = "pc:page2:{scheme}:{host}:{path}"
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/healthz")
# Headers that belong to one response only, never to a stored copy.
NOT_STORED = frozenset({"set-cookie", "date", "x-page-cache"})


class _Conf:
    """The settings a request needs, read once per process: Django's lazy
    settings cost a lookup each, and a hit has nothing else to do."""

    def __init__(self):
        self.enabled = getattr(settings, "PAGE_CACHE_ENABLED", True)
        self.cache = caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]
        self.in_process = isinstance(self.cache, LocMemCache)
        self.timeout = getattr(settings, "PAGE_CACHE_SECONDS", 300)
        self.directory = str(
            getattr(settings, "PAGE_CACHE_DIR", settings.BASE_DIR / "tmp" / "page-cache")
        )
        self.session_cookie = settings.SESSION_COOKIE_NAME
        self.proxy_ssl_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
        # The render caches (core.fragments, core.routing) follow the same
        # generations, so their settings are read here too.
        self.fragments_enabled = getattr(settings, "FRAGMENT_CACHE_ENABLED", True)
        self.fragment_seconds = getattr(settings, "FRAGMENT_CACHE_SECONDS", 300)
        self.fragment_entries = getattr(settings, "FRAGMENT_CACHE_ENTRIES", 2000)
        self.redis = _redis(self.cache)
        # Host header -> (host name, generation key, that key as stored in
        # Redis): worked out once per host, not at every hit.
        self.hosts = BoundedDict(10_000)


_conf = None


def conf():
    global _conf
    if _conf is None:
        _conf = _Conf()
    return _conf


@receiver(setting_changed)
def _settings_changed(setting, **kwargs):
    global _conf
    if setting.startswith(("PAGE_CACHE", "FRAGMENT_CACHE")) or setting in (
        "CACHES",
        "SESSION_COOKIE_NAME",
        "SECURE_PROXY_SSL_HEADER",
    ):
        recent.clear()
        _conf = None


def hostname(host):
    """The host name without port, or None when it cannot name a file."""
    name, _port = split_domain_port(host)
    if not name or name.startswith((".", "[")):
        return None
    return name


class _Outage:
    """Remembers, per process, that the cache failed: skip it for a few seconds
    and log once per outage instead of once per request."""

    def __init__(self):
        self.down_until = 0.0
        self.lock = threading.Lock()

    def skipping(self):
        return self.down_until and time.monotonic() < self.down_until

    def failed(self, error):
        with self.lock:
            if not self.down_until:
                logger.warning("page cache unavailable, serving pages uncached: %r", error)
            self.down_until = time.monotonic() + getattr(settings, "PAGE_CACHE_RETRY_SECONDS", 5)

    def succeeded(self):
        if self.down_until:
            with self.lock:
                if self.down_until:
                    logger.warning("page cache available again")
                self.down_until = 0.0


outage = _Outage()


# --------------------------------------------------------------------------
# Generations
# --------------------------------------------------------------------------


def _file_generation(directory, name):
    try:
        return os.stat(f"{directory}/{name}").st_mtime_ns
    except FileNotFoundError:
        return 0


def _bump_files(names):
    directory = Path(conf().directory)
    directory.mkdir(parents=True, exist_ok=True)
    for name in names:
        path = directory / name
        path.touch()
        # The mtime is the generation: make sure it moves even if the clock did not.
        previous = path.stat().st_mtime_ns
        stamp = max(time.time_ns(), previous + 1)
        os.utime(path, ns=(stamp, stamp))


def _bump_now(names):
    if not names:
        return
    config = conf()
    try:
        if config.in_process:
            _bump_files(names)
        else:
            stamp = time.time_ns()
            config.cache.set_many({GENERATION_KEY.format(host=name): stamp for name in names}, None)
    except Exception as error:  # a lost cache must never break publishing
        logger.error(
            "page cache: could not invalidate %s (%r); their pages may stay stale for up "
            "to PAGE_CACHE_SECONDS",
            ", ".join(sorted(names)),
            error,
        )


def _bump(names):
    _bump_now(names)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _bump_now(names))


def read_generation(name):
    """The current generation of ``name`` as every worker sees it, or None
    when the shared cache cannot be read (callers then rebuild)."""
    config = conf()
    if config.in_process:
        return _file_generation(config.directory, name)
    try:
        return config.cache.get(GENERATION_KEY.format(host=name), 0)
    except Exception:  # noqa: BLE001 - a lost Redis: rebuild, never fail
        return None


def bump_generation(name):
    """Start a new generation of ``name`` (not a host name: a leading dot
    keeps it apart, e.g. ``.sites``), now and again at commit."""
    _bump({name})


def bump_hosts(hostnames):
    """Start a new generation for each host name: its cached pages go stale.

    Bumped at once and again after the transaction commits: a worker that
    read the new generation before the commit may have rendered the old
    content under it, and the second bump retires that copy.
    """
    _bump({h.lower() for h in hostnames if h and hostname(h.lower())})


def bump_sites(sites):
    bump_hosts({site.hostname for site in sites if site is not None})


# --------------------------------------------------------------------------
# Middleware
# --------------------------------------------------------------------------


def _scheme(environ, config):
    """request.scheme, read from the environ as Django reads it."""
    if config.proxy_ssl_header:
        header, secure_value = config.proxy_ssl_header
        value = environ.get(header)
        if value is not None:
            return "https" if value.split(",", 1)[0].strip() == secure_value else "http"
    return environ.get("wsgi.url_scheme", "http")


def _page_key(environ, config, host):
    # The language comes from the path (i18n_patterns without a prefix for
    # Vietnamese), so the path is enough; the scheme keeps http (redirected
    # by SecurityMiddleware, never stored) apart from https. The path is the
    # raw WSGI one, the same for the front and the middleware.
    path = environ.get("PATH_INFO", "")
    query = environ.get("QUERY_STRING", "")
    if query:
        path = f"{path}?{query}"
    if len(path) > 200 or not path.isascii() or not path.isprintable() or " " in path:
        path = hashlib.blake2b(path.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
    return PAGE_KEY.format(scheme=_scheme(environ, config), host=host, path=path)


def _is_cacheable_request(environ, config):
    if environ.get("REQUEST_METHOD") != "GET":
        return False
    if environ.get("PATH_INFO", "").startswith(EXCLUDED_PREFIXES):
        return False
    # A session cookie may mean a logged-in editor: never serve them a copy.
    cookies = environ.get("HTTP_COOKIE")
    if cookies and config.session_cookie in parse_cookie(cookies):
        return False
    query = environ.get("QUERY_STRING")
    return not (query and "preview" in QueryDict(query))


class Lookup:
    """One request's look into the page cache: its key, the host's current
    generation and the stored copy, if any. Made once per request, by the
    WSGI front when there is one, else by the middleware."""

    __slots__ = ("key", "generation", "stored", "generation_key")

    def __init__(self, key, generation, stored, generation_key=None):
        self.key, self.generation, self.stored = key, generation, stored
        self.generation_key = generation_key  # on Redis only

    @property
    def hit(self):
        stored = self.stored
        return stored is not None and stored[0] == self.generation and stored[3] > time.time()


# The pages this process last took from Redis, each with the generation it
# was stored under. A hit then reads only the host's generation (a few bytes)
# from Redis instead of the whole page: still one round trip, so still every
# node sees a publish at its next request.
recent = BoundedDict(int(getattr(settings, "PAGE_CACHE_RECENT_ENTRIES", 500)))


def _redis(cache):
    """redis-py's client behind a django-redis cache, or None for another
    backend. Generations are read and started through it: django-redis's
    own calls (key versioning, a pooled client per call, decoding) cost
    about as much as the round trip itself. django-redis stores an integer
    as its digits, so both read the same value (tests/website/test_page_cache.py
    checks it)."""
    client = getattr(cache, "client", None)
    return client.get_client(write=True) if hasattr(client, "get_client") else None


def _host_keys(config, host):
    """(host name, generation key, its key in Redis or None), or None when
    the Host header cannot name a host."""
    keys = config.hosts.get(host)
    if keys is None:
        name = hostname(host)
        if name is None:
            return None
        generation_key = GENERATION_KEY.format(host=name)
        redis_key = None
        if config.redis is not None:
            redis_key = config.cache.make_and_validate_key(generation_key)
        keys = (name, generation_key, redis_key)
        config.hosts.put(host, keys)
    return keys


def _raw_generation(config, generation_key, redis_key):
    """The host's generation, read with redis-py."""
    if config.redis is None:
        return config.cache.get(generation_key, 0)
    value = config.redis.get(redis_key)
    return int(value) if value is not None else 0


def _shared_lookup(config, host_keys, key):
    """(generation, stored copy or None) from Redis, in one round trip."""
    cache, (_name, generation_key, redis_key) = config.cache, host_keys
    known = recent.get(key)
    if known is None:
        found = cache.get_many([generation_key, key])
        generation, stored = found.get(generation_key, 0), found.get(key)
    else:
        generation = _raw_generation(config, generation_key, redis_key)
        # Read again once per publish, and whenever Redis lost the generation
        # (a restart): 0 then would match copies of before the restart.
        stored = known if generation and known[0] == generation else cache.get(key)
    if generation and stored is not None and stored is not known and stored[0] == generation:
        recent.put(key, stored)
    return generation, stored


def lookup(environ):
    """The Lookup for this request, or None when the cache is not asked."""
    config = conf()
    if not config.enabled or not _is_cacheable_request(environ, config) or outage.skipping():
        return None
    # The Host header as sent: a page is only ever stored after Django
    # accepted that host (host validation, ALLOWED_HOSTS), so a host that
    # was never valid finds nothing here and goes on to be refused.
    host = environ.get("HTTP_HOST", "").lower()
    host_keys = _host_keys(config, host)
    if host_keys is None:
        return None
    key = _page_key(environ, config, host)
    try:
        generation_key = None
        if config.in_process:
            generation = _file_generation(config.directory, host_keys[0])
            stored = config.cache.get(key)
        else:
            generation_key = host_keys[1]
            generation, stored = _shared_lookup(config, host_keys, key)
    except Exception as error:
        outage.failed(error)
        return None
    outage.succeeded()
    return Lookup(key, generation, stored, generation_key)


# The front's Lookup, handed to the middleware in the environ on a miss.
ENVIRON_KEY = "core.page_cache.lookup"


class CachedPagesFirst:
    """WSGI middleware: a cache hit answered before Django builds a request.

    Django's request handling (WSGIRequest, the request_started/finished
    signals that check every database connection, the middleware chain)
    costs more than the hit itself; a stored page needs none of it, as the
    stored copy already carries every header. On a miss the Lookup goes on
    to PageCacheMiddleware, which renders and stores without asking again.
    """

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        found = lookup(environ)
        if found is None:
            return self.application(environ, start_response)
        if found.hit:
            body, headers = found.stored[1], found.stored[2]
            start_response("200 OK", [*headers, ("X-Page-Cache", "hit")])
            return [body]
        environ[ENVIRON_KEY] = found
        return self.application(environ, start_response)


def _start_generation(found):
    """A host not published since Redis started has no generation: give it
    one before rendering, for copies kept in process to be checked by."""
    cache, redis = conf().cache, conf().redis
    try:
        if redis is None:
            cache.add(found.generation_key, time.time_ns(), None)
            found.generation = cache.get(found.generation_key, 0)
        else:
            # Set unless another worker did first, and read: one round trip.
            key = cache.make_and_validate_key(found.generation_key)
            pipeline = redis.pipeline(transaction=False)
            pipeline.set(key, time.time_ns(), nx=True)
            pipeline.get(key)
            found.generation = int(pipeline.execute()[1] or 0)
    except Exception as error:  # noqa: BLE001 - render anyway; the copy is not kept
        outage.failed(error)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        environ = request.META
        found = environ.pop(ENVIRON_KEY, None) or lookup(environ)
        if found is None:
            return self.get_response(request)
        if found.generation_key and not found.generation and not found.hit:
            _start_generation(found)
        # The frame of the page (home.site_frame) follows this same generation.
        request.page_cache_generation = found.generation

        if found.hit:
            response = HttpResponse(found.stored[1])
            # Headers were checked and encoded when stored: no per-header work now.
            for name, value in found.stored[2]:
                response.headers[name] = value
            response.headers["X-Page-Cache"] = "hit"
            return response

        # The generation was read before rendering: a publish during the
        # render bumps past it, so this copy is never served after that.
        response = self.get_response(request)
        if self._is_cacheable_response(request, response):
            content = response.content
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in NOT_STORED and name.lower() != "content-length"
            ]
            headers.append(("Content-Length", str(len(content))))
            timeout = self._timeout_for(request, conf())
            stored = (found.generation, content, tuple(headers), time.time() + timeout)
            try:
                conf().cache.set(found.key, stored, timeout)
            except Exception as error:
                outage.failed(error)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _is_cacheable_response(request, response):
        if response.status_code != 200 or response.streaming:
            return False
        if response.cookies or response.has_header("Set-Cookie"):
            return False
        # A page with a form carries a CSRF token for this visitor only.
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        cache_control = response.get("Cache-Control", "")
        return not any(word in cache_control for word in ("private", "no-cache", "no-store"))

    @staticmethod
    def _timeout_for(request, config):
        """Never keep a page past the moment something on it expires (a slogan)."""
        timeout = config.timeout
        expires_at = getattr(request, "page_cache_expires_at", None)
        if expires_at is not None:
            timeout = max(1, min(timeout, int(expires_at - time.time())))
        return timeout


def limit_cache_until(request, moment):
    """Ask the page cache not to keep this response past ``moment`` (datetime)."""
    if moment is not None:
        limit_cache_until_timestamp(request, moment.timestamp())


def limit_cache_until_timestamp(request, stamp):
    if request is None or stamp is None:
        return
    current = getattr(request, "page_cache_expires_at", None)
    request.page_cache_expires_at = stamp if current is None else min(current, stamp)
