"""The "commune" search backend: the public search of one commune.

Configured in ``WAGTAILSEARCH_BACKENDS["commune"]`` and used by
``core.search.search_site``. It reads the index that the "default" backend
writes (AUTO_UPDATE off, nothing to rebuild), so there is one index.

On PostgreSQL it is Wagtail's own database backend, its planner starting
from the commune's pages itself (docs/scale.md), with each page's index
entry looked up by the page's own content type (``core.search_postgres``).

On SQLite it is ``core.search_sqlite``: Wagtail's FTS5 query matches the
words in every commune's index entries before keeping the commune's pages,
so a search cost grew with the number of communes. The admin keeps
Wagtail's query through "default": across every commune, matching the
whole index first is the right order.
"""

# Wagtail 8's wagtail.search.backends.database re-exports this module with
# ``import *``, which copies USE_SQLITE_FTS before it is set: read it here.
from modelsearch.backends import database

from django.db import connection

from core.search_postgres import CommunePostgresSearchBackend


def SearchBackend(params):  # the name Wagtail looks up in a backend module
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        # Imported here: the FTS5 model exists only on SQLite.
        from core.search_sqlite import CommuneSQLiteSearchBackend

        backend = CommuneSQLiteSearchBackend(params)
    elif connection.vendor == "postgresql":
        backend = CommunePostgresSearchBackend(params)
    backend.rebuilder_class = None  # "default" rebuilds the shared index
    return backend


def optimize_index():
    """Merge SQLite's full-text index into one segment (FTS5 "optimize").

    Every FTS5 lookup reads each segment of the index, and the commune
    search makes one lookup per page of the commune: bulk loads and rebuilds
    leave fifteen or more segments. Merged, the search's SQL took 1.0 ms at
    3 sites and 1.2 ms at 3,321 instead of 2.9 and 4.3-5.0 ms (0.5 s to
    merge the 3,321-site index). Run it after bench/generate.py or
    update_index. Returns False (and does nothing) without SQLite's FTS5.
    """
    database.SearchBackend({})  # tells whether SQLite's FTS5 index exists
    if connection.vendor != "sqlite" or not database.USE_SQLITE_FTS:
        return False

    # Imported here: the FTS5 model exists only on SQLite.
    from core.search_sqlite import SQLiteFTSIndexEntry

    table = connection.ops.quote_name(SQLiteFTSIndexEntry._meta.db_table)
    with connection.cursor() as cursor:
        # FTS5's commands are INSERTs into the table's own column (no ORM API).
        cursor.execute(f"INSERT INTO {table}({table}) VALUES('optimize')")  # noqa: S608
    return True
