"""The audit log (Wagtail's PageLogEntry and ModelLogEntry): kept at least
twelve months, then purged; exported as CSV for district administrators.

Wagtail's "Site history" report already exports what an editor may see;
this export is the full log, or one site's pages, for inspections.
"""

import csv
import datetime

from django.conf import settings
from django.utils import timezone

from wagtail.models import ModelLogEntry, PageLogEntry

#: The floor: nothing younger than this is ever purged, whatever the setting.
MIN_RETENTION_DAYS = 365


def retention_days(days=None):
    """Days to keep: ``days``, else AUDIT_LOG_RETENTION_DAYS, never below a year."""
    if days is None:
        days = getattr(settings, "AUDIT_LOG_RETENTION_DAYS", MIN_RETENTION_DAYS)
    if days < MIN_RETENTION_DAYS:
        raise ValueError(f"the audit log is kept at least {MIN_RETENTION_DAYS} days")
    return days


def purge(days=None, now=None, dry_run=False):
    """Delete log entries older than the retention; return {model: count}."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=retention_days(days))
    counts = {}
    for model in (PageLogEntry, ModelLogEntry):
        old = model.objects.filter(timestamp__lt=cutoff)
        counts[model._meta.label] = old.count() if dry_run else old.delete()[0]
    return counts


HEADER = [
    "timestamp",
    "action",
    "object_type",
    "object_id",
    "label",
    "user_id",
    "username",
    "revision_id",
    "content_changed",
    "deleted",
]


def _rows(queryset, kind):
    for entry in queryset.select_related("user", "content_type").iterator(chunk_size=2000):
        yield [
            timezone.localtime(entry.timestamp).isoformat(),
            entry.action,
            kind or entry.content_type.model,
            entry.object_id,
            entry.label,
            entry.user_id or "",
            entry.user.get_username() if entry.user else "",
            getattr(entry, "revision_id", "") or "",
            int(entry.content_changed),
            int(entry.deleted),
        ]


def export_csv(stream, site=None, since=None, until=None):
    """Write the log as CSV to ``stream``, oldest first; return the row count.

    With ``site``, only entries about that site's pages (other models carry no site).
    """
    pages = PageLogEntry.objects.all()
    models = ModelLogEntry.objects.all()
    if site is not None:
        pages = pages.filter(page__path__startswith=site.root_page.path)
        models = models.none()
    if since:
        pages, models = pages.filter(timestamp__gte=since), models.filter(timestamp__gte=since)
    if until:
        pages, models = pages.filter(timestamp__lt=until), models.filter(timestamp__lt=until)
    writer = csv.writer(stream)
    writer.writerow(HEADER)
    count = 0
    rows = sorted(
        [
            *_rows(pages.order_by("timestamp", "pk"), "page"),
            *_rows(models.order_by("timestamp", "pk"), ""),
        ],
        key=lambda row: row[0],
    )
    for row in rows:
        writer.writerow(row)
        count += 1
    return count
