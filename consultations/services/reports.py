"""The report on how comments were taken into account (báo cáo tiếp thu,
giải trình) and its deadline.

The report is due a number of working days after the consultation closes
(the deadline rule "consultation", data in deadlines.DeadlinePolicy); a
draft whose report is not published is due, then late, on the board's
dashboard and in its daily email.
"""

from dataclasses import dataclass

from django.utils import timezone

from consultations.models.pages import ConsultationPage
from deadlines.services import (
    due_date_for,
    site_from_paths,
    sites_by_root_path,
    working_days_between,
)


@dataclass
class PendingReport:
    page: ConsultationPage
    site: object
    due_date: object
    days_late: int

    @property
    def is_late(self):
        return self.days_late > 0


def awaiting_report(pages=None, today=None):
    """Live drafts closed before ``today`` whose report is not yet published,
    limited to ``pages`` (a Page queryset) when given."""
    today = today or timezone.localdate()
    drafts = ConsultationPage.objects.live().awaiting_report(today)
    if pages is not None:
        drafts = drafts.filter(pk__in=pages.values("pk"))
    return drafts.defer_streamfields().order_by("closes_on", "pk")


def pending_reports(pages=None, today=None, due_until=None):
    """Each draft awaiting its report, with its due date and working days late,
    earliest due first; only those due by ``due_until`` when given."""
    today = today or timezone.localdate()
    sites = sites_by_root_path()
    result = []
    for page in awaiting_report(pages, today):
        site = site_from_paths(page, sites)
        due = due_date_for("consultation", page.closes_on, site)
        if due is None or (due_until is not None and due > due_until):
            continue
        late = working_days_between(due, today) if due < today else 0
        result.append(PendingReport(page=page, site=site, due_date=due, days_late=late))
    result.sort(key=lambda item: (item.due_date, item.page.pk))
    return result
