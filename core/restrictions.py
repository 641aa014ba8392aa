"""Private sections (Wagtail's PageViewRestriction), known per process.

Wagtail asks the database twice for every page it serves (the page's
ancestors, then their restrictions) and once more for every ``.public()``
listing, which reads every restriction of the installation, so its cost
grows with the number of communes. Private sections are rare and change
rarely: each process keeps the paths of the restricted pages and of the alias
pages (whose restrictions are their source's) under the shared
``.restrictions`` generation (core.page_cache), and asks Wagtail only for
a page that lies under one of them.

Whenever the generation cannot be read, everything falls back to Wagtail's
own queries: a private page is never served from a stale answer.
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from core import page_cache

GENERATION = ".restrictions"


class _Memo:
    def __init__(self, generation, restricted=frozenset(), aliases=frozenset()):
        self.generation = generation
        self.restricted = restricted
        self.aliases = aliases


_memo = _Memo(object())


def current():
    """This process's restricted and alias paths, or None when unknown."""
    global _memo
    generation = page_cache.read_generation(GENERATION)
    if generation is None:
        return None
    if _memo.generation != generation:
        _memo = _Memo(
            generation,
            frozenset(PageViewRestriction.objects.values_list("page__path", flat=True)),
            frozenset(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)),
        )
    return _memo


def forget():
    """Drop what this process keeps (tests roll back rows without signals)."""
    global _memo
    _memo = _Memo(object())


def _prefixes(path, steplen=4):
    return (path[:end] for end in range(steplen, len(path) + 1, steplen))


def may_be_restricted(page):
    """False only when no restriction can apply to ``page``: neither it nor
    an ancestor is restricted or an alias."""
    memo = current()
    if memo is None or page.alias_of_id is not None:
        return True
    return any(
        prefix in memo.restricted or prefix in memo.aliases
        for prefix in _prefixes(page.path, page.steplen)
    )


def public(queryset):
    """``queryset.public()`` without reading every restriction each time."""
    memo = current()
    if memo is None:
        return queryset.public()
    if not memo.restricted:
        return queryset
    private = Q()
    for path in memo.restricted:
        private |= Q(path__startswith=path)
    return queryset.exclude(private)


def bump(**kwargs):
    forget()
    page_cache.bump_generation(GENERATION)


def _page_saved(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        return
    # A new alias, or an alias converted into an ordinary page.
    if (
        instance.alias_of_id is not None
        and kwargs.get("created")
        or (instance.alias_of_id is None and instance.path in _memo.aliases)
    ):
        bump()


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.alias_of_id is not None:
        bump()


def connect():
    post_save.connect(bump, sender=PageViewRestriction, dispatch_uid="core.restrictions.saved")
    post_delete.connect(bump, sender=PageViewRestriction, dispatch_uid="core.restrictions.deleted")
    post_save.connect(_page_saved, dispatch_uid="core.restrictions.page_saved")
    post_delete.connect(_page_deleted, dispatch_uid="core.restrictions.page_deleted")
    # Paths change when pages move: restricted sections and aliases with them.
    post_page_move.connect(bump, dispatch_uid="core.restrictions.page_moved")
