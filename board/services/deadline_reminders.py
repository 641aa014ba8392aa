"""Daily reminders of publication deadlines (``manage.py check_deadlines``).

Each site's board is told, by email, which items fall due on the next
working day and which are late, which reports on comments on drafts are
due or late, and which citizens' questions are new (not yet assigned) or
late. A reminder is recorded per item, kind and day
(board.DeadlineNotification; the questions once per site and day, on the
site's Q&A page), so a second run on the same day sends nothing twice, and
a run that fails to send records nothing.
"""

import datetime
import logging
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import get_connection
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.models import GroupPagePermission, Site

from board.models import DeadlineNotification
from board.services.notifications import ROUTES, concerns, deliver
from board.services.workflow import overdue_emergency_publications
from consultations.services.reports import pending_reports
from core.access import user_roles
from core.models import Role, SiteRoleGroup
from deadlines.services import (
    deadline_page_models,
    next_working_day,
    pending,
    site_from_paths,
    sites_by_root_path,
)
from questions.models import OPEN_STATES, Question, QuestionIndexPage, QuestionState

logger = logging.getLogger(__name__)

#: Roles told about deadlines: the board's members, not its contributors.
BOARD_ROLES = (Role.HEAD, Role.DEPUTY, Role.EDITOR, Role.CONTENT)


@dataclass
class SiteReminder:
    site: Site
    due_soon: list = field(default_factory=list)
    late: list = field(default_factory=list)
    #: consultations' PendingReport items: due on the next working day / late.
    reports_due_soon: list = field(default_factory=list)
    reports_late: list = field(default_factory=list)
    #: Questions not yet assigned, and open questions past their due date.
    new_questions: list = field(default_factory=list)
    late_questions: list = field(default_factory=list)
    #: Emergency publications whose review is overdue.
    overdue_reviews: list = field(default_factory=list)
    #: The site's Q&A page, on which the questions' reminder is recorded.
    questions_page: object = None
    recipients: list = field(default_factory=list)

    @property
    def items(self):
        due, late = DeadlineNotification.Kind.DUE_SOON, DeadlineNotification.Kind.LATE
        items = [(due, page) for page in self.due_soon]
        items += [(due, report.page) for report in self.reports_due_soon]
        items += [(late, page) for page in self.late]
        items += [(late, report.page) for report in self.reports_late]
        items += [(DeadlineNotification.Kind.REVIEW, p.page) for p in self.overdue_reviews]
        if self.questions_page is not None:
            items.append((DeadlineNotification.Kind.QUESTIONS, self.questions_page))
        return items


def board_recipients(site):
    """Active users with an email who sit on ``site``'s board.

    Board membership puts users in the site's role groups
    (core.SiteRoleGroup); a site without role groups falls back to the
    users whose groups may edit or publish its root page.
    """
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    role_groups = SiteRoleGroup.objects.filter(site=site)
    if role_groups.exists():
        groups = role_groups.filter(role__in=BOARD_ROLES).values("group")
    else:
        groups = GroupPagePermission.objects.filter(
            page_id=site.root_page_id,
            permission__codename__in=["change_page", "publish_page"],
        ).values("group")
    return list(users.filter(groups__in=groups).distinct().order_by("pk"))


def collect_reminders(today):
    """What each site's board should hear about on ``today``: items due on
    the next working day and late items, minus those already reminded
    today. One query per deadline model, whatever the number of sites."""
    tomorrow = next_working_day(today)
    sites_by_path = sites_by_root_path()
    reminders = {}
    already = set(DeadlineNotification.objects.filter(date=today).values_list("page_id", "kind"))
    for model in deadline_page_models():
        items = (
            pending(model._default_manager.all())
            .filter(due_date__lte=tomorrow)
            .exclude(due_date=today)
            .defer_streamfields()
            .order_by("due_date", "pk")
        )
        for page in items:
            kind = (
                DeadlineNotification.Kind.LATE
                if page.due_date < today
                else DeadlineNotification.Kind.DUE_SOON
            )
            if (page.pk, kind) in already:
                continue
            site = site_from_paths(page, sites_by_path)
            if site is None:
                continue
            reminder = reminders.setdefault(site.pk, SiteReminder(site=site))
            (reminder.late if kind == DeadlineNotification.Kind.LATE else reminder.due_soon).append(
                page
            )
    _add_reports(reminders, today, tomorrow, already)
    _add_questions(reminders, today, already)
    _add_overdue_reviews(reminders, today, already)
    result = sorted(reminders.values(), key=lambda r: (r.site.site_name, r.site.hostname))
    for reminder in result:
        reminder.due_soon.sort(key=lambda page: (page.due_date, page.pk))
        reminder.late.sort(key=lambda page: (page.due_date, page.pk))
        reminder.recipients = board_recipients(reminder.site)
    return result


def _add_reports(reminders, today, tomorrow, already):
    """Reports on comments due on the next working day, and late ones."""
    for item in pending_reports(today=today, due_until=tomorrow):
        if item.site is None or item.due_date == today:
            continue
        late = item.due_date < today
        kind = DeadlineNotification.Kind.LATE if late else DeadlineNotification.Kind.DUE_SOON
        if (item.page.pk, kind) in already:
            continue
        reminder = reminders.setdefault(item.site.pk, SiteReminder(site=item.site))
        (reminder.reports_late if late else reminder.reports_due_soon).append(item)


def _add_overdue_reviews(reminders, today, already):
    """Publications made at once whose review by the deputy is overdue."""
    for publication in overdue_emergency_publications(today=today):
        if (publication.page_id, DeadlineNotification.Kind.REVIEW) in already:
            continue
        site = publication.site
        reminder = reminders.setdefault(site.pk, SiteReminder(site=site))
        reminder.overdue_reviews.append(publication)


def _add_questions(reminders, today, already):
    """New (unassigned) and late questions, once per site and day: one query
    for the questions and one for the Q&A pages, whatever the number of sites."""
    questions = (
        Question.objects.filter(state__in=OPEN_STATES)
        .filter(models.Q(state=QuestionState.RECEIVED) | models.Q(due_date__lt=today))
        .select_related("site", "site__root_page")
        .only("pk", "tracking_code", "topic", "state", "due_date", "received_at", "site")
        .order_by("due_date", "pk")
    )
    by_site = {}
    for question in questions:
        by_site.setdefault(question.site_id, []).append(question)
    if not by_site:
        return
    sites_by_path = sites_by_root_path()
    pages = {}
    for page in QuestionIndexPage.objects.live().only("pk", "path"):
        site = site_from_paths(page, sites_by_path)
        if site is not None and site.pk in by_site:
            pages.setdefault(site.pk, page)
    for site_id, site_questions in by_site.items():
        page = pages.get(site_id)
        if page is None or (page.pk, DeadlineNotification.Kind.QUESTIONS) in already:
            continue
        site = site_questions[0].site
        reminder = reminders.setdefault(site_id, SiteReminder(site=site))
        reminder.questions_page = page
        reminder.new_questions = [q for q in site_questions if q.state == QuestionState.RECEIVED]
        reminder.late_questions = [q for q in site_questions if q.due_date < today]


def admin_url(path):
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/") + path


def edit_url(page):
    return admin_url(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def _for_roles(reminder, roles):
    """The parts of ``reminder`` that concern a member with ``roles``
    (board.services.notifications.ROUTES); all of it when roles is None."""
    if roles is None:
        return reminder
    keep = {kind for kind in ROUTES if concerns(roles, kind)}
    return replace(
        reminder,
        due_soon=reminder.due_soon if "deadlines" in keep else [],
        late=reminder.late if "deadlines" in keep else [],
        reports_due_soon=reminder.reports_due_soon if "consultation_reports" in keep else [],
        reports_late=reminder.reports_late if "consultation_reports" in keep else [],
        new_questions=reminder.new_questions if "questions" in keep else [],
        late_questions=reminder.late_questions if "questions" in keep else [],
        overdue_reviews=reminder.overdue_reviews if "emergency_reviews" in keep else [],
    )


def render_reminder(reminder, today, roles=None):
    """(subject, body) of the email to ``reminder.site``'s board, or to one
    member with ``roles``: None when nothing in it concerns them."""
    reminder = _for_roles(reminder, roles)
    if not any(
        (
            reminder.due_soon,
            reminder.late,
            reminder.reports_due_soon,
            reminder.reports_late,
            reminder.new_questions,
            reminder.late_questions,
            reminder.overdue_reviews,
        )
    ):
        return None
    context = {
        "site": reminder.site,
        "today": today,
        "tomorrow": next_working_day(today),
        "due_soon": [(page, edit_url(page)) for page in reminder.due_soon],
        "late": [(page, edit_url(page)) for page in reminder.late],
        "reports_due_soon": [
            (r.page, edit_url(r.page), r.due_date) for r in reminder.reports_due_soon
        ],
        "reports_late": [(r.page, edit_url(r.page), r.due_date) for r in reminder.reports_late],
        "new_questions": reminder.new_questions,
        "late_questions": reminder.late_questions,
        "inbox_url": admin_url(reverse("questions_inbox:index")),
        "total": len(reminder.due_soon) + len(reminder.late),
        "reports": len(reminder.reports_due_soon) + len(reminder.reports_late),
        "questions": len(reminder.new_questions) + len(reminder.late_questions),
        "overdue_reviews": reminder.overdue_reviews,
        "reviews": len(reminder.overdue_reviews),
        "emergency_url": admin_url(reverse("board:emergency_list")),
    }
    subject = render_to_string("board/deadlines/reminder_subject.txt", context)
    body = render_to_string("board/deadlines/reminder_email.txt", context)
    return " ".join(subject.split()), body


def send_reminder(reminder, today, connection=None):
    """Email one site's board and record the reminders, all or nothing:
    if sending fails nothing is recorded, and the next run tries again."""
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        DeadlineNotification.objects.bulk_create(
            [
                DeadlineNotification(
                    page_id=page.pk, kind=kind, date=today, recipients=len(reminder.recipients)
                )
                for kind, page in reminder.items
            ]
        )
        connection = connection or get_connection()
        told = 0
        for user in reminder.recipients:
            # A site without role groups (made before them): everything.
            roles = user_roles(user, reminder.site) or None
            rendered = render_reminder(reminder, today, roles)
            if rendered is not None:
                deliver(user, *rendered, site=reminder.site, connection=connection)
                told += 1
    return told


@dataclass
class RunSummary:
    sites: int = 0
    due_soon: int = 0
    late: int = 0
    emails: int = 0
    skipped_sites: list = field(default_factory=list)
    failed_sites: list = field(default_factory=list)


def check_deadlines(today, *, dry_run=False, report=None):
    """Remind every board of its due and late items for ``today``.

    ``report(reminder, status)`` is called per site (the command prints it);
    status is "sent", "dry-run", "no-recipients" or "failed".
    """
    if not isinstance(today, datetime.date):
        raise TypeError("today must be a date")
    summary = RunSummary()
    connection = None if dry_run else get_connection()
    for reminder in collect_reminders(today):
        if not reminder.recipients:
            summary.skipped_sites.append(reminder.site)
            status = "no-recipients"
        elif dry_run:
            status = "dry-run"
        else:
            try:
                summary.emails += send_reminder(reminder, today, connection)
                status = "sent"
            except Exception:  # a mail server error must not stop other sites
                logger.exception("Deadline reminder to %s failed", reminder.site)
                summary.failed_sites.append(reminder.site)
                status = "failed"
        if status in ("sent", "dry-run"):
            summary.sites += 1
            summary.due_soon += len(reminder.due_soon)
            summary.late += len(reminder.late)
        if report:
            report(reminder, status)
    return summary
