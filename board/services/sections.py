"""Members in charge of sections (requirements S1 item 1, S2): the state of
each section a member is assigned, the review dates of the standing pages,
and the communes' sections nobody is in charge of.

A standing page (introduction, procedures, access to information,
contacts) is due for review ``ReportSettings.review_months`` after it was
last published: a rule kept as data, not a date typed on each page.
"""

import calendar
import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Page

from board.models import DeadlineNotification, ReportSettings, SectionAssignment
from board.services.deadline_reminders import edit_url
from board.services.notifications import deliver
from deadlines.services import deadline_page_models, next_working_day, pending
from home.services import completeness
from home.services.provisioning import MANDATORY_SECTIONS

#: Sections whose page itself holds the content, reviewed on a schedule.
STANDING = ("gioi-thieu", "thu-tuc-hanh-chinh", "cong-khai-thong-tin", "lien-he")
#: A listing section with nothing new for this long is stale (as on the
#: district dashboard).
STALE_DAYS = 30
#: A review date this close shows as due.
REVIEW_NOTICE_DAYS = 14

STATES = {
    "empty": gettext_lazy("Empty"),
    "late": gettext_lazy("Items late"),
    "review_late": gettext_lazy("Review overdue"),
    "due": gettext_lazy("Items due"),
    "review_due": gettext_lazy("Review due soon"),
    "stale": gettext_lazy("Nothing new for 30 days"),
    "ok": gettext_lazy("Up to date"),
}
TITLES = {section.slug: section.title for section in MANDATORY_SECTIONS}


def add_months(day, months):
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_due(page, months=None):
    """The day a standing page is due for review, or None if never published."""
    if page is None or page.last_published_at is None:
        return None
    months = months or ReportSettings.load().review_months
    return add_months(timezone.localdate(page.last_published_at), months)


@dataclass
class SectionState:
    assignment: SectionAssignment
    title: str
    page: Page | None
    state: str
    detail: str = ""

    @property
    def label(self):
        return STATES[self.state]

    @property
    def needs_attention(self):
        return self.state != "ok"


def _pending_under(page, today):
    """(late, due soon) counts of unpublished items with a deadline under ``page``."""
    tomorrow = next_working_day(today)
    late = due = 0
    for model in deadline_page_models():
        items = pending(model._default_manager.filter(path__startswith=page.path))
        late += items.filter(due_date__lt=today).count()
        due += items.filter(due_date__gte=today, due_date__lte=tomorrow).count()
    return late, due


def section_state(assignment, today=None, months=None):
    today = today or timezone.localdate()
    site = assignment.board.site
    slug = assignment.section
    title = _(TITLES[slug])
    page = completeness.section_page(site, slug)
    if completeness.is_empty(page):
        return SectionState(assignment, title, page, "empty")
    if slug in STANDING:
        due = review_due(page, months)
        detail = _("review by %(date)s") % {"date": f"{due:%d/%m/%Y}"}
        if due < today:
            return SectionState(assignment, title, page, "review_late", detail)
        if (due - today).days <= REVIEW_NOTICE_DAYS:
            return SectionState(assignment, title, page, "review_due", detail)
        return SectionState(assignment, title, page, "ok", detail)
    late, due = _pending_under(page, today)
    if late:
        return SectionState(assignment, title, page, "late", str(late))
    if due:
        return SectionState(assignment, title, page, "due", str(due))
    newest = (
        Page.objects.live()
        .filter(path__startswith=page.path, depth__gt=page.depth)
        .order_by("-first_published_at")
        .values_list("first_published_at", flat=True)
        .first()
    )
    if newest is None or (timezone.now() - newest).days > STALE_DAYS:
        return SectionState(assignment, title, page, "stale")
    return SectionState(assignment, title, page, "ok")


def states_for(user, today=None):
    """The state of every section ``user`` is in charge of, the worst first."""
    months = ReportSettings.load().review_months
    assignments = SectionAssignment.objects.filter(owner=user).exclude(section="")
    states = [
        section_state(a, today, months)
        for a in assignments.select_related("board__site__root_page")
    ]
    order = list(STATES)
    return sorted(states, key=lambda s: (order.index(s.state), s.title))


def unassigned_sections(site_ids):
    """{site id: number of mandatory sections nobody is in charge of}."""
    assigned = {}
    for site_id, section in SectionAssignment.objects.filter(
        board__site_id__in=list(site_ids)
    ).values_list("board__site_id", "section"):
        if section:
            assigned.setdefault(site_id, set()).add(section)
    total = len(MANDATORY_SECTIONS)
    return {site_id: total - len(assigned.get(site_id, ())) for site_id in site_ids}


def overdue_reviews(today=None):
    """[(owner, site, page, review date)] of standing pages past their
    review date, for the owners' daily email."""
    today = today or timezone.localdate()
    months = ReportSettings.load().review_months
    found = []
    assignments = SectionAssignment.objects.filter(section__in=STANDING).select_related(
        "owner", "board__site__root_page"
    )
    for assignment in assignments:
        page = completeness.section_page(assignment.board.site, assignment.section)
        due = review_due(page, months)
        if due is not None and due < today:
            found.append((assignment.owner, assignment.board.site, page, due))
    return found


def remind_overdue_reviews(today, connection=None):
    """Tell each owner of a standing page past its review date, once a day
    per page (in their daily email if they chose it). Returns the number
    of reminders."""
    already = set(
        DeadlineNotification.objects.filter(
            date=today, kind=DeadlineNotification.Kind.STANDING_REVIEW
        ).values_list("page_id", flat=True)
    )
    told = 0
    for owner, site, page, due in overdue_reviews(today):
        if page.pk in already or not owner.is_active or not owner.email:
            continue
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            DeadlineNotification.objects.create(
                page_id=page.pk,
                kind=DeadlineNotification.Kind.STANDING_REVIEW,
                date=today,
                recipients=1,
            )
            subject = _("[%(site)s] The page “%(title)s” is due for review") % {
                "site": site.site_name,
                "title": page.title,
            }
            body = render_to_string(
                "board/mail/standing_review.txt",
                {"page": page, "site": site, "due": due, "url": edit_url(page)},
            )
            deliver(owner, subject, body, site=site, connection=connection)
        already.add(page.pk)
        told += 1
    return told
