"""Lock an account, or make its holder choose a new password, at once.

requirements S3 Điều 6: members keep their password secret and tell
the head when it is stolen. The head of the member's board or a district
admin then locks the account (it can no longer log in, and every open
session ends) or forces a reset (the old password stops working, a one-time
password is handed over, and the holder must choose a new one at login).
"""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from board.models import BoardMembership
from core.access import is_district_admin, sites_where
from core.models import DISTRICT, Role
from security.models import AccountSecurity


def manageable_users(actor):
    """Accounts ``actor`` may lock or reset: everyone for a district admin;
    for a head, the people with a membership on their boards."""
    User = get_user_model()
    if is_district_admin(actor):
        return User.objects.exclude(pk=actor.pk)
    sites = sites_where(actor, [Role.HEAD])
    user_ids = BoardMembership.objects.filter(board__site__in=sites).values("user_id")
    return (
        User.objects.filter(pk__in=user_ids, is_superuser=False)
        .exclude(pk=actor.pk)
        .exclude(pk__in=User.objects.filter(groups__site_role__role=DISTRICT).values("pk"))
        .distinct()
    )


def can_manage(actor, user):
    return manageable_users(actor).filter(pk=user.pk).exists()


def end_sessions(user):
    """Delete every stored session of ``user`` (database sessions)."""
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        data = session.get_decoded()
        if str(data.get("_auth_user_id")) == str(user.pk):
            session.delete()
            ended += 1
    return ended


def _security(user):
    security, _created = AccountSecurity.objects.get_or_create(user=user)
    return security


@transaction.atomic
def lock_account(user, actor, reason=""):
    if not can_manage(actor, user):
        raise PermissionDenied(_("You may not lock this account."))
    user.is_active = False
    user.save(update_fields=["is_active"])
    security = _security(user)
    security.locked_at = timezone.now()
    security.locked_by = actor
    security.reason = reason[:255]
    security.save()
    end_sessions(user)
    log(instance=user, action="board.account.lock", user=actor, data={"reason": reason})
    return security


@transaction.atomic
def unlock_account(user, actor):
    if not can_manage(actor, user):
        raise PermissionDenied(_("You may not unlock this account."))
    user.is_active = True
    user.save(update_fields=["is_active"])
    security = _security(user)
    security.locked_at = None
    security.locked_by = None
    security.save()
    log(instance=user, action="board.account.unlock", user=actor)
    return security


@transaction.atomic
def force_password_reset(user, actor):
    """Replace the password with a one-time one, end every session and make
    the holder choose a new password at next login. Returns the one-time
    password, to hand over in person (it is shown once, never stored)."""
    if not can_manage(actor, user):
        raise PermissionDenied(_("You may not reset this account's password."))
    temporary = secrets.token_urlsafe(12)
    user.set_password(temporary)
    user.save(update_fields=["password"])
    security = _security(user)
    security.must_change_password = True
    security.save()
    end_sessions(user)
    log(instance=user, action="board.account.force_reset", user=actor)
    return temporary


def must_change_password(user):
    return AccountSecurity.objects.filter(user=user, must_change_password=True).exists()


def password_changed(user):
    AccountSecurity.objects.filter(user=user).update(must_change_password=False)
