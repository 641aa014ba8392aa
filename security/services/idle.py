"""Accounts nobody has used for ACCOUNT_IDLE_LOCK_DAYS days are locked.

A forgotten account of someone who left the board is a password nobody
watches. "Used" means a login; an account that never logged in counts from
its creation, and one a district admin or head unlocked counts from the unlock
(security.services.accounts logs it), so it can log in right after.
"""

from datetime import timedelta

from axes.utils import reset

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from security.models import AccountSecurity
from security.services.accounts import end_sessions

IDLE_LOCK_ACTION = "security.account.idle_lock"


def idle_limit():
    return timedelta(days=settings.ACCOUNT_IDLE_LOCK_DAYS)


def last_activity(user):
    """The latest of: last login, account creation, last unlock."""
    moments = [user.last_login, user.date_joined]
    unlocked = (
        ModelLogEntry.objects.for_instance(user)
        .filter(action="board.account.unlock")
        .aggregate(last=Max("timestamp"))["last"]
    )
    moments.append(unlocked)
    return max(moment for moment in moments if moment is not None)


def is_idle(user, now=None):
    now = now or timezone.now()
    return user.is_active and now - last_activity(user) > idle_limit()


@transaction.atomic
def lock_idle(user, now=None):
    """Lock ``user`` as idle: inactive, marked in AccountSecurity with the
    reason, sessions ended, logged. Unlocking is the board's usual unlock."""
    now = now or timezone.now()
    user.is_active = False
    user.save(update_fields=["is_active"])
    security, _created = AccountSecurity.objects.get_or_create(user=user)
    security.locked_at = now
    security.locked_by = None
    security.reason = _("Not used for %(days)d days") % {"days": settings.ACCOUNT_IDLE_LOCK_DAYS}
    security.save()
    end_sessions(user)
    log(instance=user, action=IDLE_LOCK_ACTION, data={"days": settings.ACCOUNT_IDLE_LOCK_DAYS})


def idle_accounts(now=None):
    """Active accounts idle longer than the limit. The cheap filter on
    last_login/date_joined is refined per account (unlocks live in the log)."""
    now = now or timezone.now()
    cutoff = now - idle_limit()
    User = get_user_model()
    candidates = User.objects.filter(is_active=True, date_joined__lt=cutoff).exclude(
        last_login__gte=cutoff
    )
    return [user for user in candidates.order_by("username") if is_idle(user, now)]


def lock_idle_accounts(now=None, dry_run=False):
    """Lock every idle account; returns them."""
    users = idle_accounts(now)
    if not dry_run:
        for user in users:
            lock_idle(user, now)
    return users


@transaction.atomic
def unlock_from_shell(user):
    """The operator's way back in when no admin can unlock (the last district
    admin idle-locked): active again, its idle clock restarted by the same
    log entry the board's unlock writes, and its login failures forgotten."""

    user.is_active = True
    user.save(update_fields=["is_active"])
    AccountSecurity.objects.filter(user=user).update(locked_at=None, locked_by=None)
    log(instance=user, action="board.account.unlock")
    reset(username=user.get_username())
