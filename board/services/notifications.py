"""Every notification of the board goes through ``deliver``: at once for a
member who chose one email per event, or kept for their one daily email
(``send_daily_notifications``, run by cron after ``check_deadlines``).

Who is told of what is data: ``ROUTES`` names the roles each kind of
notification concerns. Wagtail's own workflow emails go through ``deliver`` too
(``RoutedNotifierMixin``), so the choice holds for every notification.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from board.models.notifications import Frequency, NotificationPreference, QueuedNotification
from core.models import Role

logger = logging.getLogger(__name__)

#: The roles each kind of notification concerns.
ROUTES = {
    "deadlines": (Role.HEAD, Role.DEPUTY, Role.EDITOR, Role.CONTENT),
    "consultation_reports": (Role.HEAD, Role.DEPUTY, Role.EDITOR),
    "questions": (Role.HEAD, Role.DEPUTY, Role.CONTENT),
    "emergency_reviews": (Role.HEAD, Role.DEPUTY),
}


def concerns(user_roles, kind):
    return bool(set(ROUTES[kind]) & set(user_roles))


def deliver(user, subject, body, site=None, connection=None):
    """Send ``user`` this notification now, or keep it for their daily
    email, as they chose. Called inside the transaction of the change it
    tells about: the outbox (production's backend) queues the email in
    that transaction, so nothing goes out if the change is rolled back."""
    if NotificationPreference.frequency_for(user) == Frequency.DAILY:
        QueuedNotification.objects.create(user=user, site=site, subject=subject, body=body)
        return "queued"
    connection = connection or get_connection()
    connection.send_messages(
        [EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])]
    )
    return "sent"


def send_daily_notifications(now=None):
    """One email per member with everything kept for them; each kept
    notification is marked sent in the transaction that queues the email
    (outbox), so a second run sends nothing twice, and a failed send marks
    nothing. Returns the emails sent."""
    now = now or timezone.now()
    sent = 0
    users = (
        QueuedNotification.objects.filter(sent_at__isnull=True)
        .values_list("user", flat=True)
        .distinct()
    )
    for user in get_user_model().objects.filter(pk__in=list(users), is_active=True):
        with transaction.atomic():
            items = list(
                QueuedNotification.objects.select_for_update(of=("self",))
                .filter(user=user, sent_at__isnull=True)
                .select_related("site")
            )
            if not items or not user.email:
                continue
            with translation.override(settings.LANGUAGE_CODE):
                subject = _("Notifications of the editorial board, %(date)s: %(count)s") % {
                    "date": f"{timezone.localtime(now):%d/%m/%Y}",
                    "count": len(items),
                }
                body = render_to_string(
                    "board/mail/daily_notifications.txt", {"user": user, "items": items}
                )
            get_connection().send_messages(
                [EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])]
            )
            QueuedNotification.objects.filter(pk__in=[item.pk for item in items]).update(
                sent_at=now
            )
            sent += 1
    return sent


class RoutedNotifierMixin:
    """For Wagtail's workflow notifiers: each recipient's email goes
    through ``deliver``. Wagtail's send_emails sends to everyone at once and
    cannot keep some for a daily email, so the rendering loop is ours."""

    def send_emails(self, template_set, context, recipients, **kwargs):
        for recipient in recipients:
            context["user"] = recipient
            with translation.override(recipient.wagtail_userprofile.get_preferred_language()):
                subject = render_to_string(template_set["subject"], context).strip()
                body = render_to_string(template_set["text"], context).strip()
            deliver(recipient, " ".join(subject.split()), body)
        return True
