"""The page an address leads to, remembered per process under the site's
generation.

Wagtail finds a page by walking the tree from the site's root, one child
at a time: the root's specific row, then two queries per level (the child,
then its specific row), so a news item two levels down costs five before
anything is rendered. Which page an address leads to changes only when a
page of the site is published, unpublished, moved or deleted, and each of
those bumps the generation the page cache follows
(home.cache_invalidation). So each process remembers, per site, language
and address, the page Wagtail found and how much of the address it took;
the next request builds that page afresh from the row it read then (no
query: core.wagtail_speedups does the same for Sites) and lets it route the
rest itself (a routable page's sub-path, such as ``rss/``). Privacy is
checked after routing by Wagtail's own hooks, as before; unpublishing bumps
the generation, and a remembered route also expires after
FRAGMENT_CACHE_SECONDS whatever happens.

Wagtail keeps a request's route on the request (``route_for_request``);
RememberedRoutesMiddleware fills it before Wagtail's serve view asks.
"""

import time

from django.http import Http404
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from core import fragments, page_cache
from core.bounded import BoundedDict
from core.wagtail_speedups import from_row, row_of

# (site id, language, path) -> (generation, expires at, model, row, consumed)
_routes = BoundedDict(2000)


def forget():
    _routes.clear()
    _routes.size = page_cache.conf().fragment_entries


def _remembered(request, site, path, current):
    key = (site.pk, translation.get_language(), path)
    kept = _routes.get(key)
    if kept is None or kept[0] != current or kept[1] <= time.monotonic():
        return key, None
    _generation, _expires, model, row, consumed = kept
    page = from_row(model, row)
    components = [component for component in path.split("/") if component]
    try:
        return key, page.route(request, components[consumed:])
    except Http404:
        return key, None


def route_for_request(request, path):
    """Put this request's route where Wagtail looks for it: the remembered
    page when there is one, else Wagtail's own walk, then remembered."""
    if hasattr(request, "_wagtail_route_for_request") or not page_cache.conf().fragments_enabled:
        return
    site = Site.find_for_request(request)
    current = fragments.generation(request) if site is not None else None
    if current is None:
        return
    key, result = _remembered(request, site, path, current)
    if result is not None:
        request._wagtail_route_for_request = result
        return
    result = Page.route_for_request(request, path)
    if result is None:
        return
    page = result[0]
    consumed = page.depth - site.root_page.depth
    expires = time.monotonic() + page_cache.conf().fragment_seconds
    _routes.put(key, (current, expires, type(page), row_of(page), consumed))


class RememberedRoutesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve:
            route_for_request(request, view_args[0] if view_args else view_kwargs.get("path", ""))
