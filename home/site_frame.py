"""What every page of a site shows around its content, kept per process.

The header, the main menu, the slogans and the footer are the same on every
page of a commune and change only when an editor publishes, edits a setting
or a slogan, or when a slogan's period begins or ends. Reading them costs
three queries and the menu's links on every page. Each process keeps them per
site (and language) under the site's page-cache generation (core.page_cache,
bumped by home.cache_invalidation on every such change, and seen by every
worker at its next request) and until the next slogan period boundary. This
holds data, not HTML: the page around them is still rendered per request.
"""

import threading

from django.db.models import Prefetch
from django.utils import timezone, translation

from wagtail.images import get_image_model
from wagtail.models import Page

from core import page_cache
from core.listings import subtree
from core.models import HostAlert, HostSettings, SiteProfile
from home.models import Banner

BANNER_RENDITION = "width-1200"
# Sites kept per process: a province's communes, or all of them.
MAX_SITES = 5_000


class Frame:
    def __init__(self, generation, profile, menu, banners, valid_until, monitoring=None, alerts=()):
        self.generation = generation
        self.alerts = alerts  # the hosting agency's alerts shown now, above the slogans
        self.profile = profile
        self.menu = menu  # [(title, url)] of the site root's menu pages
        self.banners = banners
        self.valid_until = valid_until  # timestamp of the next slogan change, or None
        # The host's monitoring script (EMC): (url, site key, origin), or None.
        self.monitoring = monitoring


_frames = {}
_lock = threading.Lock()


def forget():
    with _lock:
        _frames.clear()


def _menu(site, request):
    pages = (
        Page.objects.filter(subtree(site.root_page, children=True))
        .live()
        .in_menu()
        .only("id", "title", "url_path", "path", "depth", "locale_id")
        .order_by("path")
    )
    return [(page.title, page.get_url(request)) for page in pages]


def _banners(site):
    now = timezone.now()
    # One query for the slogans shown now and those still to come.
    unexpired = list(
        Banner.objects.for_site(site)
        .filter(valid_until__gt=now)
        .select_related("image")
        .prefetch_related(
            Prefetch(
                "image__renditions",
                queryset=get_image_model()
                .get_rendition_model()
                .objects.filter(filter_spec=BANNER_RENDITION),
            )
        )
    )
    return _shown_now(unexpired, now, limit=3)


def _shown_now(unexpired, now, limit=None):
    """The rows of ``unexpired`` shown at ``now`` and the timestamp of the
    next change: a shown one ending or a coming one beginning (or None)."""
    shown = [row for row in unexpired if row.valid_from <= now][:limit]
    moments = [row.valid_until for row in shown]
    moments += [row.valid_from for row in unexpired if row.valid_from > now]
    return shown, min(moments).timestamp() if moments else None


def _alerts(site):
    """The host's alerts for ``site`` shown now, and the next moment that
    list changes (an alert ending or beginning), or None."""
    now = timezone.now()
    return _shown_now(list(HostAlert.objects.for_site(site).filter(valid_until__gt=now)), now)


def _monitoring():
    """Saving the host settings bumps every site's generation
    (home.cache_invalidation), so each frame reads them once."""
    host = HostSettings.load()
    if not host.monitoring_script_url:
        return None
    return (host.monitoring_script_url, host.monitoring_site_key, host.monitoring_origin)


def _build(site, request, generation):
    banners, valid_until = _banners(site)
    alerts, alerts_change = _alerts(site)
    if alerts_change is not None:
        valid_until = min(valid_until or alerts_change, alerts_change)
    return Frame(
        generation,
        SiteProfile.for_site(site),
        _menu(site, request),
        banners,
        valid_until,
        _monitoring(),
        alerts,
    )


def frame_for(request, site):
    """The frame of ``site`` for this request, from this process's copy when
    its generation is current; the page cache keeps the response no longer
    than the next slogan change."""
    generation = getattr(request, "page_cache_generation", None)
    if generation is None or request.get_host().split(":")[0].lower() != site.hostname.lower():
        generation = page_cache.read_generation(site.hostname.lower())
    key = (site.pk, translation.get_language())
    cached = _frames.get(key)
    now = timezone.now().timestamp()
    if (
        cached is None
        or generation is None
        or cached.generation != generation
        or (cached.valid_until is not None and cached.valid_until <= now)
    ):
        cached = _build(site, request, generation)
        if generation is not None:
            with _lock:
                if len(_frames) >= MAX_SITES:
                    _frames.clear()
                _frames[key] = cached
    if cached.valid_until is not None and request is not None:
        page_cache.limit_cache_until_timestamp(request, cached.valid_until)
    return cached
