"""The body of bench/digests.py, imported once Django is set up."""

import datetime
import time

from django.core.management import call_command
from django.utils import timezone

from home.factories import CommuneSiteFactory
from news.factories import NewsPageFactory
from outbox.models import OutgoingEmail
from questions.services.consent import current_notice
from subscriptions.models import Subscription
from subscriptions.services.digest import queue_digest


def make_commune_with_subscribers(count):
    """A migrated database, one commune with two news items published
    yesterday and ``count`` confirmed subscribers; returns (site, day)."""
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
        for n in range(count)
    )
    return site, day


def queue_and_check(site, day, count):
    """Time ``queue_digest``; check each subscriber got exactly one message."""
    started = time.perf_counter()
    result = queue_digest(site, day)
    seconds = time.perf_counter() - started
    recipients = sorted(row.to[0] for row in OutgoingEmail.objects.only("to"))
    expected = sorted(f"nguoidan{n}@gmail.com" for n in range(count))
    if recipients != expected:
        raise SystemExit("some subscribers got no digest, or more than one")
    return seconds, result
