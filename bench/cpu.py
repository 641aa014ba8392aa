#!/usr/bin/env python
"""CPU per request of each public page through the production WSGI
application (website.wsgi: static and cache-hit front, every middleware),
in process, and a cProfile of one of them.

    .venv/bin/python bench/cpu.py --database-url sqlite:///$PWD/bench/tmp/bench-3.sqlite3
    .venv/bin/python bench/cpu.py --database-url ... --profile /tin-tuc/tin-20/ --sort tottime
    .venv/bin/python bench/cpu.py --database-url ... --page-cache   # cache hits

Production settings with a throwaway key, the page cache off unless asked
(the fragments and routes each process keeps stay on, as in production;
--no-fragments turns them off too), host xa1.bench.gov.vn. CPU time of this
process (``time.process_time()``): steadier than wall time on a busy
machine; SQLite's work is part of it, PostgreSQL's is not.
"""

import argparse
import cProfile
import io
import os
import pstats
import secrets
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = "/robots.txt,/,/tin-tuc/,/tin-tuc/tin-20/,/van-ban/,/tim-kiem/?q=H%E1%BB%99i,/tin-tuc/rss/"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--host", default="xa1.bench.gov.vn")
    parser.add_argument("--pages", default=PAGES, help="comma-separated paths")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--profile", help="a path to profile after the table")
    parser.add_argument("--sort", default="cumulative", help="cProfile sort key")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--page-cache", action="store_true", help="measure cache hits")
    parser.add_argument("--no-fragments", action="store_true")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY=secrets.token_urlsafe(48),
        ALLOWED_HOSTS="localhost",
        WAGTAILADMIN_BASE_URL="https://localhost",
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=args.database_url,
        STATIC_ROOT=str(ROOT / "bench" / "tmp" / "static"),
        PAGE_CACHE_DIR=str(ROOT / "bench" / "tmp" / "page-cache-profile"),
        PAGE_CACHE_ENABLED="1" if args.page_cache else "0",
        LOG_LEVEL="WARNING",
        SEARCH_RATE_LIMIT_PER_MINUTE="1000000000",
    )
    if args.no_fragments:
        os.environ["FRAGMENT_CACHE_ENABLED"] = "0"
    # The application is imported once the environment above is in place.
    from website.wsgi import application

    def call(url):
        path, _, query = url.partition("?")
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "HTTP_HOST": args.host,
            "REMOTE_ADDR": "127.0.0.1",
            "SERVER_NAME": args.host,
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr,
        }
        started = []
        body = b"".join(application(environ, lambda status, headers, *_: started.append(status)))
        return started[0], len(body)

    print(f"{'page':<32}{'status':>8}{'bytes':>8}{'CPU ms':>9}")
    for url in args.pages.split(","):
        for _ in range(5):  # warm-up: per-process caches, renditions
            status, size = call(url)
        started = time.process_time()
        for _ in range(args.requests):
            call(url)
        cpu = (time.process_time() - started) / args.requests * 1000
        print(f"{url:<32}{status.split()[0]:>8}{size:>8}{cpu:>9.2f}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.requests):
            call(args.profile)
        profiler.disable()
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
