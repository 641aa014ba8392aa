"""Login lockouts (django-axes): who is locked out now, and lifting a lockout.

Axes counts failed logins per username and, separately, per client address
(settings.AXES_LOCKOUT_PARAMETERS); each count is the sum over its rows.
"""

from dataclasses import dataclass

from axes.models import AccessAttempt
from axes.utils import reset

from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone

from core.ratelimit import client_ip as _client_ip


def client_ip(request):
    """The address axes counts failures against: the one the question forms'
    rate limit uses (REMOTE_ADDR, or QUESTIONS_CLIENT_IP_HEADER set by a trusted proxy)."""
    return _client_ip(request) or None


@dataclass(frozen=True)
class Lockout:
    kind: str  # "username" or "ip_address"
    value: str
    failures: int
    last_attempt: object

    @property
    def until(self):
        return self.last_attempt + settings.AXES_COOLOFF_TIME


def _current_attempts():
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(attempt_time__gte=since)


def active_lockouts():
    """Usernames and addresses whose failures reached the limit within the cool-off."""
    limit = settings.AXES_FAILURE_LIMIT
    lockouts = []
    for kind in ("username", "ip_address"):
        rows = (
            _current_attempts()
            .exclude(**{f"{kind}__isnull": True})
            .exclude(**{kind: ""})
            .values(kind)
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            .filter(failures__gte=limit)
            .order_by("-last")
        )
        lockouts += [Lockout(kind, row[kind], row["failures"], row["last"]) for row in rows]
    return lockouts


def lift_lockout(kind, value):
    """Forget the failures counted against one username or one address; returns
    how many attempt rows were removed (0 when there was no such lockout)."""
    if kind == "username":
        return reset(username=value)
    if kind == "ip_address":
        return reset(ip=value)
    raise ValueError(kind)
