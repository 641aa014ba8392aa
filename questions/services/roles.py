"""Who on a commune's board may do what with its questions.

Until the board's own membership models drive this, roles come from Wagtail
page permissions on the site's root page: ``publish`` there means head or
deputy head (may approve, publish, refuse, erase), ``change`` means a board
member (may assign and answer). Every check goes through ``board_role`` and
``sites_for_user``, so switching to board memberships touches this module
only.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from wagtail.models import Site
from wagtail.permission_policies.pages import PagePermissionPolicy

MEMBER = "member"
APPROVER = "approver"

_RANK = {None: 0, MEMBER: 1, APPROVER: 2}


def board_role(user, site):
    """``APPROVER``, ``MEMBER`` or None: the user's role on ``site``'s board."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if user.is_superuser:
        return APPROVER
    cache = user.__dict__.setdefault("_question_roles", {})
    if site.pk not in cache:
        tester = site.root_page.permissions_for_user(user)
        if tester.can_publish():
            cache[site.pk] = APPROVER
        elif tester.can_edit():
            cache[site.pk] = MEMBER
        else:
            cache[site.pk] = None
    return cache[site.pk]


def has_role(user, site, role):
    return _RANK[board_role(user, site)] >= _RANK[role]


def sites_for_user(user):
    """Sites whose questions ``user`` may see: those whose root page they can
    edit (the same rule as ``board_role``, as one query)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.all()
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(
        user, ["change", "publish"]
    )
    return Site.objects.filter(root_page__in=pages.values("pk"))


def board_members(site):
    """Active users who may be assigned a question of ``site``."""
    users = PagePermissionPolicy().users_with_any_permission_for_instance(
        ["change", "publish"], site.root_page
    )
    user_model = get_user_model()
    return (
        user_model.objects.filter(Q(pk__in=users.values("pk")))
        .filter(is_active=True)
        .order_by("first_name", "last_name", user_model.USERNAME_FIELD)
    )
