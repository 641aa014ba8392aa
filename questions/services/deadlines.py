"""When a question must be answered (requirements S3, Điều 8)."""

from django.db.models import F, Q
from django.utils import timezone

from deadlines import services as deadlines

#: Default: answers within 15 working days of receipt.
ANSWER_WORKING_DAYS = 15

#: A question answered on or before its due date (the reports count these).
ANSWERED_ON_TIME = Q(answered_at__date__lte=F("due_date"))


def answer_due_date(received_at, site):
    """The due date of an answer to a question received at ``received_at``.

    Uses the board's per-site deadlines (``due_date_for``, where a site's own
    regulation may be stricter) when that helper exists, else the national
    default; switching is this one function.
    """
    received_date = timezone.localdate(received_at) if hasattr(received_at, "hour") else received_at
    due_date_for = getattr(deadlines, "due_date_for", None)
    due = due_date_for("answer", received_date, site) if due_date_for else None
    if due is not None:
        return due
    return deadlines.add_working_days(received_date, ANSWER_WORKING_DAYS)
