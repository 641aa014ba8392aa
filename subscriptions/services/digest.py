"""The daily digest: what a commune's site published on one day, emailed to
its confirmed subscribers (``manage.py send_digests``, once a day from cron).

A digest is queued once per site and day (subscriptions.Digest), and
nothing is queued on a day with nothing new. The messages go into the
outbox in batches, never through a web request: the body is rendered once
per choice of topics and only the unsubscribe link differs per subscriber,
so ten thousand subscribers cost one template render per choice and a few
INSERTs.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Locale, Site

from consultations.models import ConsultationPage
from core.listings import subtree
from core.restrictions import public
from documents.models import LegalDocumentPage
from news.models import NewsPage
from outbox.services.queue import enqueue
from subscriptions.models import Digest, Subscription, Topic
from subscriptions.services.subscribers import unsubscribe_url

logger = logging.getLogger(__name__)

#: The page types each topic covers.
TOPIC_MODELS = {
    Topic.NEWS: NewsPage,
    Topic.DOCUMENTS: LegalDocumentPage,
    Topic.CONSULTATIONS: ConsultationPage,
}
#: Replaced in the rendered body by each subscriber's own link.
UNSUBSCRIBE_MARK = "{{UNSUBSCRIBE}}"
BATCH_SIZE = 500


def _day_bounds(day):
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return start, start + datetime.timedelta(days=1)


def items_for(site, day):
    """{topic: [pages first published on ``day`` (local time)]}, originals
    in the site's default language only, public pages only."""
    start, end = _day_bounds(day)
    default_locale = Locale.get_default()
    found = {}
    for topic, model in TOPIC_MODELS.items():
        pages = (
            public(model.objects.live())
            .filter(subtree(site.root_page))
            .filter(first_published_at__gte=start, first_published_at__lt=end)
            .filter(locale=default_locale, alias_of__isnull=True)
            .defer_streamfields()
            .order_by("first_published_at", "pk")
        )
        found[topic] = [{"title": page.title, "url": page.get_full_url()} for page in pages]
    return found


def _render(site, day, items, topics):
    sections = [
        {"label": Topic(topic).label, "items": items[topic]} for topic in topics if items.get(topic)
    ]
    count = sum(len(section["items"]) for section in sections)
    context = {"site": site, "day": day, "sections": sections, "unsubscribe_url": UNSUBSCRIBE_MARK}
    subject = _("%(site)s: %(count)s new items on %(day)s") % {
        "site": site.site_name,
        "count": count,
        "day": day.strftime("%d/%m/%Y"),
    }
    return subject, render_to_string("subscriptions/email/digest.txt", context), count


@dataclass
class DigestResult:
    site: Site
    items: int = 0
    recipients: int = 0
    status: str = "queued"  # "queued", "nothing-new", "no-subscribers", "already"


def queue_digest(site, day):
    """Queue ``site``'s digest of ``day`` once; return a DigestResult."""
    items = items_for(site, day)
    total = sum(len(pages) for pages in items.values())
    if not total:
        return DigestResult(site, status="nothing-new")
    subscribers = Subscription.objects.confirmed().filter(site=site).order_by("pk")
    rendered = {}
    result = DigestResult(site, items=total)
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        try:
            with transaction.atomic():
                digest = Digest.objects.create(site=site, day=day, items=total)
        except IntegrityError:
            return DigestResult(site, items=total, status="already")
        batch = []
        for subscription in subscribers.only("pk", "email", "token", *Topic.values).iterator(
            chunk_size=BATCH_SIZE
        ):
            topics = tuple(topic for topic in Topic.values if getattr(subscription, topic))
            if not any(items[topic] for topic in topics):
                continue
            if topics not in rendered:
                rendered[topics] = _render(site, day, items, topics)
            subject, body, _count = rendered[topics]
            subscription.site = site
            link = unsubscribe_url(subscription)
            batch.append(
                EmailMessage(
                    subject,
                    body.replace(UNSUBSCRIBE_MARK, link),
                    None,
                    [subscription.email],
                    headers={
                        # RFC 2369 and RFC 8058: the mail client's own button.
                        "List-Unsubscribe": f"<{link}>",
                        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                        "Auto-Submitted": "auto-generated",
                    },
                )
            )
            if len(batch) >= BATCH_SIZE:
                result.recipients += len(enqueue(batch))
                batch = []
        if batch:
            result.recipients += len(enqueue(batch))
        digest.recipients = result.recipients
        digest.save(update_fields=["recipients"])
    if not result.recipients:
        result.status = "no-subscribers"
    return result


@dataclass
class RunSummary:
    results: list = field(default_factory=list)

    @property
    def emails(self):
        return sum(r.recipients for r in self.results)


def send_digests(day, sites=None, report=None):
    """Queue every site's digest of ``day``; a failing site does not stop
    the others. ``report(result)`` is called per site."""
    summary = RunSummary()
    sites = sites if sites is not None else Site.objects.select_related("root_page")
    site_ids = set(Subscription.objects.confirmed().values_list("site_id", flat=True).distinct())
    for site in sites:
        if site.pk not in site_ids:
            continue
        try:
            result = queue_digest(site, day)
        except Exception:  # one site's failure must not stop the others
            logger.exception("Digest of %s for %s failed", site.hostname, day)
            result = DigestResult(site, status="failed")
        summary.results.append(result)
        if report:
            report(result)
    return summary
