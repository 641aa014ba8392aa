#!/usr/bin/env python
"""Latency of the public search page, p50 and p95, across generated communes.

    .venv/bin/python bench/search_p95.py \
        --database-url postgres://postgres@127.0.0.1:5432/ttdt_h9b_big --requests 300

Each request goes through Django's WSGI handler (no server, no network) to
/tim-kiem/?q=... on a random generated commune (xaN.bench.gov.vn), with a
query drawn from common words, rarer words and words that match nothing.
The page cache is off and the per-IP search limit lifted. Besides the
whole page it reports the time spent in SQL (wall time of the queries,
measured around the database cursor) and the p50/p95 per query.
"""

import argparse
import random
import statistics
import sys
import time
from urllib.parse import urlencode

import _django

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection
from django.test import RequestFactory

QUERIES = [
    "hội nghị",
    "hoi nghi tong ket",
    "quyết định",
    "bao cao thong ke",
    "công tác số 7",
    "khong co tu nay",
]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="dj-database-url URL (default: DATABASE_URL)")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--settings", default="website.settings.test")
    args = parser.parse_args(argv)

    _django.setup(args.settings, args.database_url)
    # Models load once the settings named on the command line are set up.
    from wagtail.models import Site

    from news.models import NewsPage

    settings.PAGE_CACHE_ENABLED = False
    settings.QUESTIONS_RATE_LIMITS = None
    handler = WSGIHandler()
    sql_time = [0.0]

    def timed(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            sql_time[0] += time.perf_counter() - started

    hosts = list(
        Site.objects.filter(hostname__endswith=".bench.gov.vn").values_list("hostname", flat=True)
    )
    items = NewsPage.objects.count()
    rng = random.Random(9)  # noqa: S311 - a benchmark's sample, not a secret
    times, sql_times, by_query = [], [], {}
    for n in range(args.requests + 10):
        host, query = rng.choice(hosts), rng.choice(QUERIES)
        environ = RequestFactory(HTTP_HOST=host, SERVER_NAME=host)._base_environ(
            PATH_INFO="/tim-kiem/", QUERY_STRING=urlencode({"q": query}), REQUEST_METHOD="GET"
        )
        status = []
        sql_time[0] = 0.0
        started = time.perf_counter()
        with connection.execute_wrapper(timed):
            b"".join(handler(environ, lambda s, h, *a, status=status: status.append(s)))
        elapsed = time.perf_counter() - started
        assert status[0].startswith("200"), (host, query, status)
        if n >= 10:  # the first requests warm imports and caches
            times.append(elapsed)
            sql_times.append(sql_time[0])
            by_query.setdefault(query, []).append(elapsed)
    print(
        f"{connection.vendor}: {len(hosts)} communes, {items} news items, "
        f"{len(times)} searches: {summary(times)}"
    )
    print(f"  of which SQL: {summary(sql_times)}")
    for query, query_times in by_query.items():
        print(f"  {query!r} ({len(query_times)}): {summary(query_times)}")
    return 0


def summary(times):
    times = sorted(times)
    p50 = statistics.median(times)
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    return f"p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms"


if __name__ == "__main__":
    sys.exit(main())
