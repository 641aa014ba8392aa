"""Site root paths kept per process and indexed by root path.

Wagtail builds every page URL from the list of all site root paths
(Site.get_site_root_paths): it unpickles the whole list from the cache once
per request, then scans it twice for every link (Page.get_url_parts keeps
the roots the page's url_path starts with; Page.get_url counts the sites).
With 3,321 communes that is a few milliseconds per request spent on other
communes. Here the list is built once per process, indexed by root path
(a link looks up the prefixes of its url_path), and rebuilt only when a
generation number in the shared cache moves: every change that makes Wagtail
clear its own copy bumps it (a Site saved or deleted, a site root page
saved, moved or translated).

``install()`` puts these in place of Wagtail's methods for every Page
instance, specific or not (menus, breadcrumbs and chooser blocks hold plain
Pages, which no BasePage override would reach). Same results, same order
(tests/home/test_site_paths.py compares them with Wagtail's).
"""

import contextlib
import time
from operator import itemgetter

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "home:site-root-paths:generation"

_memo = None  # (generation, SiteRootPaths) of this process


class SiteRootPaths(list):
    """Wagtail's list of SiteRootPath, plus an index by root path."""

    def __init__(self, paths):
        super().__init__(paths)
        self.by_root = {}
        for position, root in enumerate(self):
            self.by_root.setdefault(root.root_path, []).append((position, root))
        self.site_count = len({root.site_id for root in self})

    def relevant(self, url_path):
        """The roots ``url_path`` lies under, in Wagtail's order (most
        specific first): what Page._get_relevant_site_root_paths returns."""
        found = []
        end = url_path.find("/") + 1
        while end:
            found.extend(self.by_root.get(url_path[:end], ()))
            end = url_path.find("/", end) + 1
        found.sort(key=itemgetter(0))
        return tuple(root for _position, root in found)


def _shared_generation():
    try:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            cache.add(GENERATION_KEY, time.time_ns(), None)
            generation = cache.get(GENERATION_KEY)
    except Exception:  # noqa: BLE001 - without a cache, rebuild per request (correct, slower)
        return None
    return generation


def site_root_paths(original):
    """Wagtail's Site.get_site_root_paths(), rebuilt only when the shared
    generation moved since this process last built it."""
    global _memo
    generation = _shared_generation()
    memo = _memo
    if generation is not None and memo is not None and memo[0] == generation:
        return memo[1]
    paths = SiteRootPaths(original())
    if generation is not None:
        _memo = (generation, paths)
    return paths


def bump_generation(**kwargs):
    """Site root paths changed: drop Wagtail's cached list and tell every
    process, now and again at commit (a process rebuilding in between
    would have read the rows before the change)."""
    from wagtail.models import Site

    def bump():
        global _memo
        _memo = None
        with contextlib.suppress(Exception):
            Site.clear_site_root_paths_cache()
            cache.set(GENERATION_KEY, time.time_ns(), None)

    bump()
    transaction.on_commit(bump)


def _page_saved(sender, instance, **kwargs):
    from wagtail.models import Page

    # Wagtail clears its list when a site root is saved (Page.save); a root
    # here is always a child of the tree's root, so depth 2 is enough to ask.
    if isinstance(instance, Page) and instance.depth <= 2 and instance.is_site_root():
        bump_generation()


def _page_moved(sender, instance, **kwargs):
    if instance.depth <= 2:
        bump_generation()


def install():
    """Replace Wagtail's per-link scans (see the module docstring)."""
    from django.db.models.signals import post_delete, post_save

    from wagtail.models import Page, Site
    from wagtail.signals import post_page_move

    original_get_site_root_paths = Site.get_site_root_paths
    if getattr(original_get_site_root_paths, "_indexed", False):
        return
    original_relevant = Page._get_relevant_site_root_paths

    def get_site_root_paths():
        return site_root_paths(original_get_site_root_paths)

    get_site_root_paths._indexed = True

    def _get_relevant_site_root_paths(self, cache_object=None):
        paths = self._get_site_root_paths(cache_object)
        if isinstance(paths, SiteRootPaths):
            return paths.relevant(self.url_path)
        return original_relevant(self, cache_object)

    def get_url(self, request=None, current_site=None):
        # Wagtail's Page.get_url, counting sites from the index instead of
        # building a set of every site's id for each link.
        if current_site is None and request is not None:
            current_site = Site.find_for_request(request)
        url_parts = self.get_url_parts(request=request)
        if url_parts is None or url_parts[1] is None and url_parts[2] is None:
            return None
        site_id, root_url, page_path = url_parts
        paths = self._get_site_root_paths(request)
        if isinstance(paths, SiteRootPaths):
            num_sites = paths.site_count
        else:
            num_sites = len({root[0] for root in paths})
        if (current_site is not None and site_id == current_site.id) or num_sites == 1:
            return page_path
        return root_url + page_path

    Site.get_site_root_paths = staticmethod(get_site_root_paths)
    Page._get_relevant_site_root_paths = _get_relevant_site_root_paths
    Page.get_url = get_url
    Page.url = property(get_url)

    post_save.connect(bump_generation, sender=Site, dispatch_uid="home.site_paths.site_saved")
    post_delete.connect(
        bump_generation, sender=Site, dispatch_uid="home.site_paths.site_deleted"
    )
    post_save.connect(_page_saved, dispatch_uid="home.site_paths.page_saved")
    post_page_move.connect(_page_moved, dispatch_uid="home.site_paths.page_moved")
