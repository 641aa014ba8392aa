#!/usr/bin/env python
"""Per-request cost of each public page type, in process, uncached.

    .venv/bin/python bench/flat.py --database-url sqlite:////tmp/bench-3321.sqlite3
    .venv/bin/python bench/flat.py --database-url postgres://postgres@127.0.0.1/ttdt_h9b

Calls Django's WSGI handler directly (no server, no network) for one
generated site (xa1.bench.gov.vn by default) and prints, per page type,
the median time per request and the number of SQL queries. Run it against
a database of 3 sites and one of 3,321 (bench/generate.py): the numbers
must match, that is what "flat cost" means (bench/README.md). The page
cache is off; search's per-IP rate limit is lifted.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time

import _django

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection
from django.test import RequestFactory

PAGES = {
    "home": "/",
    "news list": "/tin-tuc/",
    "news page": "/tin-tuc/tin-1/",
    "document list": "/van-ban/",
    "search": os.environ.get("FLAT_SEARCH", "/tim-kiem/?q=hoi+nghi"),
    "rss": "/tin-tuc/rss/",
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="dj-database-url URL (default: DATABASE_URL)")
    parser.add_argument("--host", default="xa1.bench.gov.vn")
    parser.add_argument("--requests", type=int, default=200, help="requests per page type")
    parser.add_argument("--settings", default="website.settings.test")
    parser.add_argument("--profile", help="cProfile one page type (name from the table)")
    args = parser.parse_args(argv)

    _django.setup(args.settings, args.database_url)
    # Models load once the settings named on the command line are set up.
    from wagtail.models import Site

    settings.PAGE_CACHE_ENABLED = False
    settings.QUESTIONS_RATE_LIMITS = None
    settings.DEBUG = False
    handler = WSGIHandler()
    factory = RequestFactory(HTTP_HOST=args.host, SERVER_NAME=args.host)

    def request(url):
        path, _, query = url.partition("?")
        environ = factory._base_environ(PATH_INFO=path, QUERY_STRING=query, REQUEST_METHOD="GET")
        status = []
        body = b"".join(handler(environ, lambda s, h, *a: status.append(s)))
        return status[0], body

    print(f"{Site.objects.count()} sites, {connection.vendor}, host {args.host}")
    # CPU time of this process: steadier than wall time on a busy machine
    # (SQLite runs in process; PostgreSQL's own work shows in wall time only).
    print(f"{'page':<16}{'ms/request':>12}{'req/s':>9}{'cpu ms':>10}{'queries':>9}")
    for name, url in PAGES.items():
        for _ in range(3):  # warm-up: renditions, caches, imports
            status, _body = request(url)
        assert status.startswith("200"), (url, status)
        # request_started empties connection.queries: count with a wrapper
        queries = []

        def count(execute, sql, *rest, queries=queries):
            queries.append(sql)
            return execute(sql, *rest)

        with connection.execute_wrapper(count):
            request(url)
        if args.profile == name:
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(args.requests):
                request(url)
            profiler.disable()
            pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "cumulative")).print_stats(45)
            continue
        times, cpu = [], []
        for _ in range(args.requests):
            started, started_cpu = time.perf_counter(), time.process_time()
            request(url)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        median = statistics.median(times)
        median_cpu = statistics.median(cpu)
        print(
            f"{name:<16}{median * 1000:>12.2f}{1 / median:>9.0f}{median_cpu * 1000:>10.2f}"
            f"{len(queries):>9}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
