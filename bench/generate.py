#!/usr/bin/env python
"""Fill a database with many commune sites for benchmarks.

    .venv/bin/python bench/generate.py --sites 3321 --items 20
    .venv/bin/python bench/generate.py --sites 3321 --items 20 \
        --database-url postgres://postgres@127.0.0.1:5432/ttdt_bench

Runs the migrations, then bench.bulk.generate (the same function
the scale tests use). Refuses a database that already holds bench sites.
Host names are xa1.bench.gov.vn ... xaN.bench.gov.vn.
"""

import argparse
import os
import sys
import time

import _django

from django.core.management import call_command


def progress_bar(done, total, started, width=40):
    filled = int(width * done / total)
    elapsed = time.monotonic() - started
    rate = done / elapsed if elapsed else 0
    left = (total - done) / rate if rate else 0
    sys.stderr.write(
        f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} sites "
        f"{elapsed:6.1f}s elapsed, ~{left:5.0f}s left"
    )
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, required=True, help="number of commune sites")
    parser.add_argument("--items", type=int, default=20, help="news items per site")
    parser.add_argument("--documents", type=int, default=3, help="legal documents per site")
    parser.add_argument("--database-url", help="dj-database-url URL (default: DATABASE_URL)")
    parser.add_argument("--domain", default="bench.gov.vn", help="host names are xaN.<domain>")
    parser.add_argument(
        "--no-board",
        action="store_true",
        help="skip the board's groups and workflow per site (faster; admin is then partial)",
    )
    parser.add_argument(
        "--no-search-index",
        action="store_true",
        help="skip the search index (faster; search then finds nothing on generated sites)",
    )
    parser.add_argument(
        "--settings", default=os.environ.get("DJANGO_SETTINGS_MODULE", "website.settings.dev")
    )
    args = parser.parse_args(argv)

    _django.setup(args.settings, args.database_url)
    # The generator imports models: only once the settings named on the command line are set up.
    from bench.bulk import GenerateError, generate

    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    print(f"migrations: {time.monotonic() - started:.1f}s", file=sys.stderr)
    started = time.monotonic()
    try:
        result = generate(
            args.sites,
            args.items,
            documents=args.documents,
            domain=args.domain,
            board=not args.no_board,
            search_index=not args.no_search_index,
            progress=lambda done, total: progress_bar(done, total, started),
        )
    except GenerateError as error:
        print(f"refused: {error}", file=sys.stderr)
        return 2
    print(
        f"made {len(result.sites)} sites and {result.pages} pages "
        f"in {time.monotonic() - started:.1f}s; first host {result.sites[0].hostname}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
