"""Per-site, diacritic-insensitive search over live pages.

Pages index a folded copy of their text (home.mixins.SearchTextMixin) and
the query is folded the same way, so "dang uy" finds "Đảng ủy" on SQLite and
PostgreSQL alike.
"""

from wagtail.models import Page

from .text import fold

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    return fold((raw or "")[:MAX_QUERY_LENGTH]).strip()


def search_site(site, raw_query):
    """Live public pages of ``site`` matching every word of the query."""
    query = clean_query(raw_query)
    if not query or site is None:
        return Page.objects.none(), query
    pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True)
    return pages.search(query, operator="and", fields=None), query
