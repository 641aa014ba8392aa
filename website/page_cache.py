"""Whole-page cache for anonymous visitors, per site, invalidated on publish.

Django's per-site cache middleware keys on the full URL and varies on
cookies, and cannot be invalidated per Wagtail Site; we need "publishing on
commune A empties A's cache and leaves B's warm". Each host has a generation
number; a page is stored under the current generation, and publishing bumps
the generation of the sites it shows on, so their old entries are never read
again and simply expire.

The middleware sits before sessions and authentication, so a cache hit costs
two cache reads and no database query.
"""

import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import patch_response_headers

logger = logging.getLogger(__name__)

GENERATION_KEY = "pc:gen:{host}"
PAGE_KEY = "pc:page:{host}:{generation}:{lang}:{path}"
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/healthz")


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 300)


def _hostname(request):
    return request._get_raw_host().split(":", 1)[0].lower()


def bump_hosts(hostnames):
    """Start a new generation for each host name: its cached pages go stale."""
    cache = _cache()
    generation = time.time_ns()
    try:
        cache.set_many(
            {GENERATION_KEY.format(host=h.lower()): generation for h in hostnames},
            timeout=None,
        )
    except Exception:  # a lost cache must never break publishing
        logger.warning("page cache: could not invalidate %s", ", ".join(hostnames))


def bump_sites(sites):
    bump_hosts({site.hostname for site in sites if site is not None})


def _page_key(request, generation):
    path = request.get_full_path()
    lang = request.META.get("HTTP_ACCEPT_LANGUAGE", "")[:2] if settings.USE_I18N else ""
    return PAGE_KEY.format(host=request.get_host().lower(), generation=generation, lang=lang, path=path)


def _is_cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    # A session cookie may mean a logged-in editor: never serve them a copy.
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return "preview" not in request.GET


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not getattr(settings, "PAGE_CACHE_ENABLED", True) or not _is_cacheable_request(
            request
        ):
            return self.get_response(request)

        cache = _cache()
        try:
            generation = cache.get(GENERATION_KEY.format(host=_hostname(request)), 0)
            key = _page_key(request, generation)
            cached = cache.get(key)
        except Exception:
            logger.warning("page cache unavailable; serving uncached", exc_info=False)
            return self.get_response(request)

        if cached is not None:
            content, content_type, max_age = cached
            response = HttpResponse(content, content_type=content_type)
            patch_response_headers(response, cache_timeout=max_age)
            response["X-Page-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if self._is_cacheable_response(request, response):
            timeout = self._timeout_for(request)
            try:
                cache.set(key, (response.content, response["Content-Type"], 60), timeout)
            except Exception:
                logger.warning("page cache: could not store %s", request.path)
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
    def _timeout_for(request):
        """Never keep a page past the moment something on it expires (a slogan)."""
        timeout = _timeout()
        expires_at = getattr(request, "page_cache_expires_at", None)
        if expires_at is not None:
            timeout = max(1, min(timeout, int(expires_at - time.time())))
        return timeout


def limit_cache_until(request, moment):
    """Ask the page cache not to keep this response past ``moment`` (datetime)."""
    if request is None or moment is None:
        return
    stamp = moment.timestamp()
    current = getattr(request, "page_cache_expires_at", None)
    request.page_cache_expires_at = stamp if current is None else min(current, stamp)
