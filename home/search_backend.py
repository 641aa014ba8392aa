"""The "commune" search backend: the public search of one commune.

Configured in ``WAGTAILSEARCH_BACKENDS["commune"]`` and used by
``home.search.search_site``. It reads the index that the "default" backend
writes (AUTO_UPDATE off, nothing to rebuild), so there is one index.

On PostgreSQL it is Wagtail's own database backend: a commune's search
already starts from that commune's pages there (docs/scale.md).

On SQLite it is ``home.search_sqlite``: Wagtail's FTS5 query matches the
words in every commune's index entries before keeping the commune's pages,
so a search cost grew with the number of communes. The admin keeps
Wagtail's query through "default": across every commune, matching the
whole index first is the right order.
"""

# Wagtail 8's wagtail.search.backends.database re-exports this module with
# ``import *``, which copies USE_SQLITE_FTS before it is set: read it here.
from modelsearch.backends import database

from django.db import connection


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        # Imported here: the FTS5 model exists only on SQLite.
        from .search_sqlite import CommuneSQLiteSearchBackend

        backend = CommuneSQLiteSearchBackend(params)
    backend.rebuilder_class = None  # "default" rebuilds the shared index
    return backend
