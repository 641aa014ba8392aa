"""Per-site, diacritic-insensitive search over live pages.

Pages index a folded copy of their text (core.mixins.SearchTextMixin) and
the query is folded the same way, so "dang uy" finds "Đảng ủy" on SQLite and
PostgreSQL alike.

The query is reduced to plain words before it reaches the backend: SQLite's
FTS5 and PostgreSQL's tsquery both have their own syntax (quotes, ``*``,
``NEAR(``, ``&``, ``:``...) and a stray operator must give "no results",
never a server error. The index tokenises on the same punctuation, so
nothing findable is lost ("63/QĐ-UBND" is searched as "63 qd ubnd").
"""

import re

from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from core.listings import subtree
from core.restrictions import public
from core.text import fold

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12

_NON_WORD = re.compile(r"[\W_]+")

QUERY_TOO_LONG_MESSAGE = _(
    "Your search was too long; only its first %(length)s characters were used."
)
QUERY_TOO_MANY_WORDS_MESSAGE = _("Only the first %(count)s words of your search were used.")


def search_words(text):
    """Plain lower-case words without diacritics or punctuation.

    Pages are indexed and queries searched through this same function, so
    both databases see the same words: PostgreSQL's parser would otherwise
    keep "63/qd-ubnd" as one path-like token where SQLite splits it.
    """
    return _NON_WORD.sub(" ", fold(text)).split()


def clean_query(raw):
    """Fold the query to plain lower-case words without diacritics."""
    return " ".join(search_words((raw or "")[:MAX_QUERY_LENGTH])[:MAX_QUERY_WORDS])


def query_notices(raw):
    """Messages telling the citizen how their query was shortened."""
    raw = raw or ""
    notices = []
    if len(raw) > MAX_QUERY_LENGTH:
        notices.append(QUERY_TOO_LONG_MESSAGE % {"length": MAX_QUERY_LENGTH})
    if len(search_words(raw[:MAX_QUERY_LENGTH])) > MAX_QUERY_WORDS:
        notices.append(QUERY_TOO_MANY_WORDS_MESSAGE % {"count": MAX_QUERY_WORDS})
    return notices


def search_site(site, raw_query):
    """Live public pages of ``site`` matching every word of the query.

    Results come back as specific pages with their StreamFields deferred:
    one query per page type on the results page, whatever their number.
    """
    # Imported here: core.mixins imports this module while the models load.

    query = clean_query(raw_query)
    if not query or site is None:
        return Page.objects.none(), query
    pages = (
        public(Page.objects.live())
        .filter(subtree(site.root_page, inclusive=True))
        .defer_streamfields()
        .specific()
    )
    # The "commune" backend looks up these pages' own index entries on
    # SQLite, not every commune's (core/search_backend.py).
    return pages.search(query, operator="and", fields=None, backend="commune"), query
