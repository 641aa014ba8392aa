"""Who on a commune's board may do what with its questions.

Roles come from the board's per-site role groups (core.SiteRoleGroup, kept
in step with current board memberships by board.services.roles): the head
and deputy head approve, publish, refuse and erase; every board member
(head, deputy, editor, content member) assigns and answers. Contributors are
not board members. District admins act on every site as approvers. Every
check in questions goes through this module, so a change of the board's
model touches only these functions.
"""

from django.contrib.auth import get_user_model

from wagtail.models import Site

from core import access
from core.models import Role

MEMBER = "member"
APPROVER = "approver"

APPROVER_ROLES = frozenset({Role.HEAD, Role.DEPUTY})
MEMBER_ROLES = frozenset({Role.HEAD, Role.DEPUTY, Role.EDITOR, Role.CONTENT})

_RANK = {None: 0, MEMBER: 1, APPROVER: 2}


def _active(user):
    return user is not None and user.is_authenticated and user.is_active


def _is_district_admin(user):
    cache = user.__dict__.setdefault("_question_roles", {})
    if "district" not in cache:
        cache["district"] = access.is_district_admin(user)
    return cache["district"]


def board_role(user, site):
    """``APPROVER``, ``MEMBER`` or None: the user's role on ``site``'s board."""
    if not _active(user):
        return None
    if _is_district_admin(user):
        return APPROVER
    cache = user.__dict__.setdefault("_question_roles", {})
    if site.pk not in cache:
        held = access.user_roles(user, site)
        if held & APPROVER_ROLES:
            cache[site.pk] = APPROVER
        elif held & MEMBER_ROLES:
            cache[site.pk] = MEMBER
        else:
            cache[site.pk] = None
    return cache[site.pk]


def has_role(user, site, role):
    return _RANK[board_role(user, site)] >= _RANK[role]


def sites_for_user(user):
    """Sites whose questions ``user`` may see (the same rule as ``board_role``,
    as one query)."""
    if not _active(user):
        return Site.objects.none()
    if _is_district_admin(user):
        return Site.objects.all()
    return Site.objects.filter(pk__in=access.sites_where(user, MEMBER_ROLES).values("pk"))


def board_members(site):
    """Active board members of ``site``: who may be assigned its questions."""
    user_model = get_user_model()
    return (
        user_model.objects.filter(
            is_active=True,
            groups__site_role__site=site,
            groups__site_role__role__in=list(MEMBER_ROLES),
        )
        .distinct()
        .order_by("first_name", "last_name", user_model.USERNAME_FIELD)
    )
