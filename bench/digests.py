"""Time queueing one commune's daily digest for 1,000 subscribers.

    .venv/bin/python bench/digests.py [--subscribers 1000] [--db sqlite|postgres]

Makes a fresh database (bench/tmp/digests.sqlite3, or the PostgreSQL
database ``ttdt_bench_digests``), one provisioned commune with two news
items published on the day and N confirmed subscribers, then times
``queue_digest`` (what ``manage.py send_digests`` runs per site): rendering
and writing every message into the outbox. Prints the seconds and the
messages queued, and checks that each subscriber got exactly one.
"""

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._django import ROOT, setup  # noqa: E402

TMP = ROOT / "bench" / "tmp"
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
PG_NAME = "ttdt_bench_digests"


def database_url(kind):
    if kind == "postgres":
        for statement in (f"DROP DATABASE IF EXISTS {PG_NAME}", f"CREATE DATABASE {PG_NAME}"):
            subprocess.run(  # noqa: S603 - fixed statements
                ["psql", PG_SERVER + "/postgres", "-qc", statement], check=True
            )
        return f"{PG_SERVER}/{PG_NAME}"
    TMP.mkdir(parents=True, exist_ok=True)
    path = TMP / "digests.sqlite3"
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    options = parser.parse_args()
    setup("website.settings.dev", database_url(options.db))

    # Models load once the settings named on the command line are set up.
    from bench._digests import make_commune_with_subscribers, queue_and_check

    site, day = make_commune_with_subscribers(options.subscribers)
    seconds, result = queue_and_check(site, day, options.subscribers)
    print(
        f"{options.db}: {result.recipients} digests ({result.items} items) queued "
        f"in {seconds:.2f} s for {options.subscribers} subscribers"
    )


if __name__ == "__main__":
    main()
