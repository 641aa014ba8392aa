"""Daily reminders of publication deadlines (``manage.py check_deadlines``).

Each site's board is told, by email, which items fall due on the next
working day and which are late. A reminder is recorded per item, kind and
day (board.DeadlineNotification), so a second run on the same day sends
nothing twice, and a run that fails to send records nothing.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.models import GroupPagePermission, Site

from board.models import DeadlineNotification
from core.models import Role, SiteRoleGroup
from deadlines.services import (
    deadline_page_models,
    next_working_day,
    pending,
    site_from_paths,
    sites_by_root_path,
)

logger = logging.getLogger(__name__)

#: Roles told about deadlines: the board's members, not its contributors.
BOARD_ROLES = (Role.HEAD, Role.DEPUTY, Role.EDITOR, Role.CONTENT)


@dataclass
class SiteReminder:
    site: Site
    due_soon: list = field(default_factory=list)
    late: list = field(default_factory=list)
    recipients: list = field(default_factory=list)

    @property
    def items(self):
        return [(DeadlineNotification.Kind.DUE_SOON, page) for page in self.due_soon] + [
            (DeadlineNotification.Kind.LATE, page) for page in self.late
        ]


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
    result = sorted(reminders.values(), key=lambda r: (r.site.site_name, r.site.hostname))
    for reminder in result:
        reminder.due_soon.sort(key=lambda page: (page.due_date, page.pk))
        reminder.late.sort(key=lambda page: (page.due_date, page.pk))
        reminder.recipients = board_recipients(reminder.site)
    return result


def edit_url(page):
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    return base + reverse("wagtailadmin_pages:edit", args=[page.pk])


def render_reminder(reminder, today):
    """(subject, body) of the email to ``reminder.site``'s board."""
    context = {
        "site": reminder.site,
        "today": today,
        "tomorrow": next_working_day(today),
        "due_soon": [(page, edit_url(page)) for page in reminder.due_soon],
        "late": [(page, edit_url(page)) for page in reminder.late],
        "total": len(reminder.due_soon) + len(reminder.late),
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
        subject, body = render_reminder(reminder, today)
        messages = [
            EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
            for user in reminder.recipients
        ]
        connection = connection or get_connection()
        connection.send_messages(messages)
    return len(messages)


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
