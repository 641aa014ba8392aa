"""A person's data gone from the mail queue, and sent mail not kept for ever.

The queue keeps each message's recipients and text until it is sent and,
for an operator's review, a while after. When a citizen's personal data is
erased (on request or at the end of its retention period) every queued or
sent message addressed to them goes, and their name, phone and address are
masked in any other message that quotes them.
"""

import datetime
import re

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from outbox.models import OutgoingEmail

ERASED = "[…]"
#: The header every digest carries (subscriptions.services.digest).
BULK_HEADER = "List-Unsubscribe"


def _digits_pattern(phone):
    """The phone number whatever its separators: 0912 345 678, 0912.345.678…"""
    digits = re.sub(r"\D", "", phone or "")
    if len(digits) < 6:
        return None
    return re.compile(r"[\s.-]?".join(re.escape(d) for d in digits))


def erase_person(name="", phone="", email=""):
    """Delete the messages addressed to ``email``; mask ``name``, ``phone`` and
    ``email`` wherever another message quotes them. Returns (deleted, masked)."""
    email = (email or "").strip().lower()
    name = (name or "").strip()
    phone_re = _digits_pattern(phone)
    deleted = masked = 0
    if email:
        # Found by the database first: the queue may hold a month of digests.
        addressed = OutgoingEmail.objects.filter(
            Q(to__icontains=email)
            | Q(cc__icontains=email)
            | Q(bcc__icontains=email)
            | Q(reply_to__icontains=email)
        )
        for row in addressed:
            recipients = {str(r).lower() for r in [*row.to, *row.cc, *row.bcc, *row.reply_to]}
            if any(email in recipient for recipient in recipients):
                row.delete()
                deleted += 1
    # A digest (marked by its List-Unsubscribe header) lists published pages
    # for its one recipient and quotes nobody: the scan below skips them.
    quoting = OutgoingEmail.objects.exclude(headers__icontains=BULK_HEADER)
    for row in quoting.iterator():
        changed = []
        for field in ("subject", "body", "html_body"):
            text = getattr(row, field)
            new = text
            if email:
                new = re.sub(re.escape(email), ERASED, new, flags=re.IGNORECASE)
            if phone_re is not None:
                new = phone_re.sub(ERASED, new)
            if len(name) >= 4:
                new = new.replace(name, ERASED)
            if new != text:
                setattr(row, field, new)
                changed.append(field)
        if changed:
            row.save(update_fields=changed)
            masked += 1
    return deleted, masked


def purge_old_mail(now=None):
    """Delete sent (and given-up) messages older than OUTBOX_KEEP_DAYS (30)."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=getattr(settings, "OUTBOX_KEEP_DAYS", 30))
    deleted, _by_model = OutgoingEmail.objects.filter(
        Q(sent_at__lt=cutoff) | Q(failed_at__lt=cutoff)
    ).delete()
    return deleted
