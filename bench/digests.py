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
import datetime
import subprocess
import sys
import time
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

    from django.core.management import call_command
    from django.utils import timezone

    from home.factories import CommuneSiteFactory
    from news.factories import NewsPageFactory
    from outbox.models import OutgoingEmail
    from questions.services.consent import current_notice
    from subscriptions.models import Subscription
    from subscriptions.services.digest import queue_digest

    call_command("migrate", verbosity=0)
    site = CommuneSiteFactory(hostname="tancuong.example.gov.vn", name="Xã Tân Cương")
    day = timezone.localdate() - datetime.timedelta(days=1)
    published = timezone.now() - datetime.timedelta(days=1)
    index = site.root_page.get_children().get(slug="tin-tuc")
    for title in ("Hội nghị tổng kết năm", "Khởi công đường liên thôn"):
        NewsPageFactory(parent=index, title=title, first_published_at=published)
    notice = current_notice()
    Subscription.objects.bulk_create(
        Subscription(
            site=site,
            email=f"nguoidan{n}@gmail.com",
            consent_at=timezone.now(),
            consent_notice=notice,
            consent_version=notice.version,
            confirmed_at=timezone.now(),
            documents=n % 2 == 0,
        )
        for n in range(options.subscribers)
    )

    started = time.perf_counter()
    result = queue_digest(site, day)
    seconds = time.perf_counter() - started

    recipients = sorted(row.to[0] for row in OutgoingEmail.objects.only("to"))
    assert recipients == sorted({f"nguoidan{n}@gmail.com" for n in range(options.subscribers)})
    print(
        f"{options.db}: {result.recipients} digests ({result.items} items) queued "
        f"in {seconds:.2f} s for {options.subscribers} subscribers"
    )


if __name__ == "__main__":
    main()
