"""Handing queued email to the mail server, with retries and backoff.

Run by ``manage.py send_queued_mail`` (cron, or ``--loop`` beside
gunicorn), never by a web request. Each row is
claimed under a row lock (skipped by a concurrent run on PostgreSQL), so two
runs never send the same message twice.
"""

import datetime
import logging

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone

from outbox.models import OutgoingEmail
from outbox.services.queue import to_message

logger = logging.getLogger(__name__)

#: Delay before attempt n+1 is BASE * 2**(n-1), capped; after MAX_ATTEMPTS
#: (about three days at the defaults) a message is given up and kept for review.
BACKOFF_BASE = datetime.timedelta(minutes=1)
BACKOFF_CAP = datetime.timedelta(hours=6)
MAX_ATTEMPTS = 20


def delivery_backend():
    backend = getattr(
        settings, "OUTBOX_DELIVERY_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
    )
    if backend == "outbox.backends.QueuedEmailBackend":
        # Delivering into the queue itself would re-queue every message forever.
        raise ImproperlyConfigured("OUTBOX_DELIVERY_BACKEND must be a real transport.")
    return backend


def backoff(attempts):
    """How long to wait after the ``attempts``-th failure."""
    return min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_CAP)


def _send_one(row, connection, now):
    """Send one claimed row and record the outcome. True when sent."""
    try:
        to_message(row, connection=connection).send()
    except Exception as error:  # noqa: BLE001 - any transport error means "try later"
        row.attempts += 1
        row.last_error = type(error).__name__[:200]
        if row.attempts >= getattr(settings, "OUTBOX_MAX_ATTEMPTS", MAX_ATTEMPTS):
            row.failed_at = now
        else:
            row.next_attempt_at = now + backoff(row.attempts)
        row.save(update_fields=["attempts", "last_error", "failed_at", "next_attempt_at"])
        # The message id and the error type only: never the address or body.
        logger.warning(
            "outbox: message %s not sent (attempt %s, %s)", row.pk, row.attempts, row.last_error
        )
        return False
    row.attempts += 1
    row.sent_at = now
    row.last_error = ""
    row.save(update_fields=["attempts", "sent_at", "last_error"])
    return True


def deliver(ids=None, now=None, limit=500):
    """Send due messages (only ``ids`` if given); return (sent, failed)."""
    now = now or timezone.now()
    queryset = OutgoingEmail.objects.due(now).order_by("next_attempt_at", "pk")
    if ids is not None:
        queryset = queryset.filter(pk__in=ids)
    candidates = list(queryset.values_list("pk", flat=True)[:limit])
    sent = failed = 0
    if not candidates:
        return sent, failed
    connection = get_connection(delivery_backend(), fail_silently=False)
    for pk in candidates:
        with transaction.atomic():
            row = (
                OutgoingEmail.objects.select_for_update(skip_locked=True)
                .due(now)
                .filter(pk=pk)
                .first()
            )
            if row is None:  # sent by a concurrent run meanwhile
                continue
            if _send_one(row, connection, now):
                sent += 1
            else:
                failed += 1
    return sent, failed
