"""Rendered parts of public pages, kept per process under the site's
page-cache generation.

The page cache (core.page_cache) spares a whole request; this spares the
rendering where the page cache does not keep the page: a page cache turned
off or away (Redis lost), a request it does not look up. Where it does,
fragments are not kept: they would follow the same generation and limits,
so they would only hold the same page twice in memory. Rendering
the frame (header, menu, slogans, footer) and a page's content is most of
an uncached request's time, and both change only when something on the
site is published or saved, which bumps the same generation the page cache
follows, or when a time limit set during rendering passes (a slogan's
period, limit_cache_until). So a kept fragment is served under exactly the
page cache's guarantees: never after a publish, never past its limit.

Only for anonymous GET requests, and never a fragment that used the CSRF
token (it would carry one visitor's token to another). Kept per process,
in a bounded dict: a hit costs a dict lookup and no pickling.
"""

import time

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import translation

from core import page_cache
from core.bounded import BoundedDict

_MISSING = object()
# key -> (generation, expires at, page-cache limit or None, html)
_fragments = BoundedDict(getattr(settings, "FRAGMENT_CACHE_ENTRIES", 2000))


@receiver(setting_changed)
def _settings_changed(setting, **kwargs):
    # Connected after page_cache's own receiver (imported above), which has
    # dropped the settings these read.
    if setting.startswith("FRAGMENT_CACHE"):
        forget()


def forget():
    _fragments.clear()
    _fragments.size = page_cache.conf().fragment_entries


def generation(request):
    """The host's generation, read once per request (the page cache's own
    when it read it), or None when it cannot be read."""
    found = getattr(request, "_fragment_generation", _MISSING)
    if found is _MISSING:
        found = getattr(request, "page_cache_generation", None)
        if found is None:
            hostname = page_cache.hostname(request.get_host())
            found = page_cache.read_generation(hostname) if hostname else None
        request._fragment_generation = found
    return found


def _key(request, name, vary):
    config = page_cache.conf()
    if not config.fragments_enabled or request is None or request.method != "GET":
        return None
    if getattr(request, "page_cache_generation", None) is not None:
        # The page cache keeps this whole page under the same generation and
        # limits: its parts kept again would only double the memory.
        return None
    if config.session_cookie in request.COOKIES or getattr(request, "is_preview", False):
        return None
    if request.META.get("CSRF_COOKIE_USED"):
        return None  # whatever follows may hold this visitor's token
    return (name, request.get_host().lower(), translation.get_language(), *vary)


def render(request, name, vary, render_fragment):
    """The fragment ``name`` for these ``vary`` values: kept, or rendered by
    ``render_fragment()`` and kept."""
    key = _key(request, name, vary)
    if key is None:
        return render_fragment()
    current = generation(request)
    if current is None:
        return render_fragment()
    now = time.time()
    kept = _fragments.get(key)
    if kept is not None and kept[0] == current and kept[1] > now:
        page_cache.limit_cache_until_timestamp(request, kept[2])
        return kept[3]
    html = render_fragment()
    if request.META.get("CSRF_COOKIE_USED") or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return html
    limit = getattr(request, "page_cache_expires_at", None)
    seconds = page_cache.conf().fragment_seconds
    expires = now + seconds if limit is None else min(now + seconds, limit)
    _fragments.put(key, (current, expires, limit, html))
    return html
