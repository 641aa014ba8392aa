"""Sites, their root paths and the locales, kept per process.

Wagtail builds every page URL from the list of all site root paths
(Site.get_site_root_paths): it unpickles the whole list from the cache once
per request, then scans it twice for every link (Page.get_url_parts keeps
the roots the page's url_path starts with; Page.get_url counts the sites).
With 3,321 communes that is a few milliseconds per request spent on other
communes. Here the list is built once per process, indexed by root path
(a link looks up the prefixes of its url_path), and rebuilt only when the
shared ``.sites`` generation moves (core.page_cache.read_generation: one
``stat`` of a file every worker sees, or a Redis key): every change that
makes Wagtail clear its own copy bumps it (a Site saved or deleted, a site
root page saved, moved or translated), and so does a Locale saved or deleted.

Under the same generation each process also keeps what every request asks
the database first: the Site for a host name (Wagtail runs a query with four
CASE branches per request) with its root page's row, and the Locale for a
language code (Wagtail queries it once to route and again per ``localized``).
Each request gets its own fresh instances built from the kept rows, so
nothing one request sets on them reaches another.

``install()`` puts these in place of Wagtail's methods for every Page
instance, specific or not (menus, breadcrumbs and chooser blocks hold plain
Pages, which no BasePage override would reach). Same results, same order
(tests/home/test_site_paths.py compares them with Wagtail's).
"""

import contextlib
import functools
from operator import itemgetter

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from django.urls import get_script_prefix, get_urlconf
from django.utils import translation

from wagtail.models import Locale, Page, Site
from wagtail.models import pages as wagtail_pages
from wagtail.models.i18n import LocaleManager
from wagtail.signals import post_page_move

from core import page_cache

GENERATION = page_cache.SITES_GENERATION
# Bound on remembered (host, port) pairs: production refuses unknown hosts
# before Wagtail looks, but a development server answers any Host header.
MAX_HOSTS = 20_000


class _Memo:
    """What one process keeps under one generation."""

    def __init__(self, generation):
        self.generation = generation
        self.paths = None
        self.sites = {}  # (hostname, port) -> (site row, root page row)
        self.locales = {}  # language code -> (db alias, field names, values)
        self.language_codes = None  # Locale id -> language code


_memo = _Memo(object())


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


def current():
    """This process's memo for the shared generation, emptied when it moved;
    None when the generation cannot be read (then nothing is kept)."""
    global _memo
    generation = page_cache.read_generation(GENERATION)
    if generation is None:
        return None
    if _memo.generation != generation:
        _memo = _Memo(generation)
    return _memo


def forget():
    """Drop what this process keeps (tests roll back rows without signals)."""
    global _memo
    _memo = _Memo(object())


def site_root_paths(original):
    """Wagtail's Site.get_site_root_paths(), rebuilt only when the shared
    generation moved since this process last built it."""
    memo = current()
    if memo is None:
        return SiteRootPaths(original())
    if memo.paths is None:
        memo.paths = SiteRootPaths(original())
    return memo.paths


def row_of(instance):
    """The values of ``instance``'s columns, to make fresh copies from."""
    return [getattr(instance, field.attname) for field in instance._meta.concrete_fields]


def from_row(model, rows):
    """A fresh ``model`` instance from ``row_of``'s values, as if just read."""
    return model.from_db("default", [f.attname for f in model._meta.concrete_fields], rows)


def find_site(request, original):
    """Wagtail's Site._find_for_request(), from the rows this process keeps."""

    memo = current()
    if memo is None:
        return original(request)
    key = (split_domain_port(request._get_raw_host())[0], request.get_port())
    rows = memo.sites.get(key)
    if rows is None:
        site = original(request)
        if site is None:
            return None
        rows = (row_of(site), row_of(site.root_page))
        if len(memo.sites) < MAX_HOSTS:
            memo.sites[key] = rows
    site = from_row(Site, rows[0])
    site.root_page = from_row(Page, rows[1])
    return site


def locale_for_language(language_code, original):
    """Wagtail's Locale.objects.get_for_language(), its row kept per language
    code: each call gets a fresh instance, as from the database, so nothing a
    request sets on its Locale reaches another request or thread."""
    memo = current()
    if memo is None:
        return original(language_code)
    row = memo.locales.get(language_code)
    if row is None:
        locale = original(language_code)
        names = [field.attname for field in Locale._meta.concrete_fields]
        row = memo.locales[language_code] = (
            locale._state.db,
            names,
            [getattr(locale, name) for name in names],
        )
    return Locale.from_db(*row)


def language_code(locale_id):
    """The language code of a Locale id (a page's ``locale.language_code``
    without a query per page)."""

    memo = current()
    codes = memo.language_codes if memo is not None else None
    if codes is None:
        codes = dict(Locale.all_objects.values_list("id", "language_code"))
        if memo is not None:
            memo.language_codes = codes
    return codes.get(locale_id, "")


def memoized_serve_reverse(original):
    """Django's reverse() for Wagtail's page URLs, remembered per process.

    Page.get_url_parts calls reverse("wagtail_serve", args=(path,)) for every
    link, about 25 µs each; its answer depends only on the path, the active
    language, the script prefix and the URLconf, all part of the key here.
    """

    @functools.lru_cache(maxsize=50_000)
    def serve_path(path, language, prefix, urlconf):
        return original("wagtail_serve", urlconf=urlconf, args=(path,))

    def reverse(viewname, urlconf=None, args=None, kwargs=None, current_app=None, **extra):
        if (
            viewname == "wagtail_serve"
            and args
            and len(args) == 1
            and not (kwargs or current_app or extra)
        ):
            return serve_path(
                args[0], translation.get_language(), get_script_prefix(), urlconf or get_urlconf()
            )
        return original(viewname, urlconf, args, kwargs, current_app, **extra)

    reverse._memoized = True
    return reverse


def bump_generation(**kwargs):
    """Sites, root paths or locales changed: drop Wagtail's cached list and
    tell every process, now and again at commit (a process rebuilding in
    between would have read the rows before the change)."""

    def clear():
        forget()
        with contextlib.suppress(Exception):  # a lost cache must not fail the save
            Site.clear_site_root_paths_cache()

    clear()
    transaction.on_commit(clear)
    page_cache.bump_generation(GENERATION)


def _page_saved(sender, instance, **kwargs):
    # Wagtail clears its list when a site root is saved (Page.save); a root
    # here is always a child of the tree's root, so depth 2 is enough to ask.
    if isinstance(instance, Page) and instance.depth <= 2 and instance.is_site_root():
        bump_generation()


def _page_moved(sender, instance, **kwargs):
    if instance.depth <= 2:
        bump_generation()


def install():
    """Replace Wagtail's per-link scans (see the module docstring)."""

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

    original_find = Site._find_for_request
    original_get_for_language = LocaleManager.get_for_language

    def _find_for_request(request):
        return find_site(request, original_find)

    def get_for_language(manager, language_code):
        return locale_for_language(
            language_code, lambda code: original_get_for_language(manager, code)
        )

    # Wagtail's pages module calls the reverse() it imported for each link.
    if not getattr(wagtail_pages.reverse, "_memoized", False):
        wagtail_pages.reverse = memoized_serve_reverse(wagtail_pages.reverse)
    Site.get_site_root_paths = staticmethod(get_site_root_paths)
    Site._find_for_request = staticmethod(_find_for_request)
    LocaleManager.get_for_language = get_for_language
    Page._get_relevant_site_root_paths = _get_relevant_site_root_paths
    Page.get_url = get_url
    Page.url = property(get_url)

    post_save.connect(bump_generation, sender=Site, dispatch_uid="core.wagtail_speedups.site_saved")
    post_delete.connect(
        bump_generation, sender=Site, dispatch_uid="core.wagtail_speedups.site_deleted"
    )
    post_save.connect(_page_saved, dispatch_uid="core.wagtail_speedups.page_saved")
    post_page_move.connect(_page_moved, dispatch_uid="core.wagtail_speedups.page_moved")
    post_save.connect(
        bump_generation, sender=Locale, dispatch_uid="core.wagtail_speedups.locale_saved"
    )
    post_delete.connect(
        bump_generation, sender=Locale, dispatch_uid="core.wagtail_speedups.locale_deleted"
    )
