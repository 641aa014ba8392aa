"""Board roles become Wagtail groups and permissions, one set per site.

Every commune site gets five groups (head, deputy, editor, content member,
contributor) with page permissions on its own subtree only and image and
document permissions on its own collection only; the district admins' group
sees every site. A board membership puts its user in the group of its role on
its site while it is current, and takes them out at once when it ends.

Groups are found through ``core.SiteRoleGroup`` (site, role), never by name:
names are translated and may be edited.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
)

from board.models import BoardMembership
from core.models import DISTRICT, Role, SiteRoleGroup
from home.services.provisioning import collection_for_site

#: Page permissions on the site's root page, per role. Contributors and
#: content members only add and edit drafts and submit them; the editor also
#: moderates through the workflow's review step (a task permission, not a
#: page permission); the deputy (standing in for the head) and the head may
#: publish, unpublish and lock.
PAGE_PERMISSIONS = {
    Role.CONTRIBUTOR: ["add", "change"],
    Role.CONTENT: ["add", "change"],
    Role.EDITOR: ["add", "change"],
    Role.DEPUTY: ["add", "change", "publish", "lock", "unlock"],
    Role.HEAD: ["add", "change", "publish", "lock", "unlock", "bulk_delete"],
}

#: Collection permissions on the site's collection (images and documents).
_UPLOAD = ["add", "change", "choose"]
COLLECTION_PERMISSIONS = {
    Role.CONTRIBUTOR: _UPLOAD,
    Role.CONTENT: _UPLOAD,
    Role.EDITOR: _UPLOAD,
    Role.DEPUTY: [*_UPLOAD, "delete"],
    Role.HEAD: [*_UPLOAD, "delete"],
}

#: Model permissions (app_label.codename); objects are still filtered to the
#: user's own sites by the board's admin views.
#: The board's own records (plans, meetings, reports to the Party
#: committee): every member reads them, the head and deputy keep them.
RECORD_MODELS = ("boardplan", "boardmeeting", "partyreport")
RECORDS_READ = [f"board.view_{model}" for model in RECORD_MODELS]
RECORDS_KEEP = [
    f"board.{action}_{model}" for model in RECORD_MODELS for action in ("view", "add", "change")
]

MODEL_PERMISSIONS = {
    Role.CONTRIBUTOR: [],
    Role.CONTENT: ["board.view_board", "core.view_supplyingunit", *RECORDS_READ],
    Role.EDITOR: ["board.view_board", "core.view_supplyingunit", *RECORDS_READ],
    Role.DEPUTY: [
        "board.view_board",
        "core.view_supplyingunit",
        "core.add_supplyingunit",
        "core.change_supplyingunit",
        "board.view_emergencypublication",
        "board.review_emergencypublication",
        *RECORDS_KEEP,
    ],
    Role.HEAD: [
        "board.view_board",
        "board.change_board",
        "core.view_supplyingunit",
        "core.add_supplyingunit",
        "core.change_supplyingunit",
        "core.delete_supplyingunit",
        "board.view_emergencypublication",
        "board.review_emergencypublication",
        *RECORDS_KEEP,
        *(f"board.delete_{model}" for model in RECORD_MODELS),
    ],
}

#: The head and the deputy keep the site's slogans and its profile (footer,
#: contacts); the profile permission is granted for their own site only.
SITE_KEEPER_PERMISSIONS = [
    f"home.{action}_banner" for action in ("view", "add", "change", "delete")
]
SITE_SETTING_PERMISSIONS = ["core.change_siteprofile"]
for _role in (Role.HEAD, Role.DEPUTY):
    MODEL_PERMISSIONS[_role] = MODEL_PERMISSIONS[_role] + SITE_KEEPER_PERMISSIONS

DISTRICT_MODEL_PERMISSIONS = [
    f"{app_label}.{action}_{model}"
    for app_label, model in (
        ("board", "board"),
        ("core", "supplyingunit"),
        ("board", "emergencypublication"),
        *(("board", model) for model in RECORD_MODELS),
    )
    for action in ("view", "add", "change", "delete")
] + ["board.review_emergencypublication", "wagtailcore.add_site", "wagtailcore.change_site"]

DISTRICT_GROUP_NAME = gettext_lazy("District admins")
GROUP_NAME_MAX = 150


def _permission(label):
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_permissions(group, labels):
    """Add the permissions named ``app_label.codename`` to ``group``.

    Names not in the database yet are skipped: ``post_migrate`` can run
    before a newly added model's permissions exist.
    """
    for label in labels:
        app_label, codename = label.split(".")
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            group.permissions.add(permission)


def grant_role_permissions_everywhere():
    """Give every commune's role groups the model permissions of their role,
    in a few queries: after an upgrade adds permissions to a role (the
    board's records, for example), existing communes get them too."""
    wanted = {label for labels in MODEL_PERMISSIONS.values() for label in labels}
    found = {
        f"{app_label}.{codename}": pk
        for pk, app_label, codename in Permission.objects.filter(
            content_type__app_label__in={label.split(".")[0] for label in wanted}
        ).values_list("pk", "content_type__app_label", "codename")
    }
    through = Group.permissions.through
    rows = [
        through(group_id=group_id, permission_id=found[label])
        for group_id, role in SiteRoleGroup.objects.filter(site__isnull=False).values_list(
            "group_id", "role"
        )
        for label in MODEL_PERMISSIONS.get(role, ())
        if label in found
    ]
    through.objects.bulk_create(rows, ignore_conflicts=True, batch_size=2000)


def _admin_access():
    return _permission("wagtailadmin.access_admin")


def group_name(site, role):
    label = str(Role(role).label)
    suffix = f" – {label}"
    return site.site_name[: GROUP_NAME_MAX - len(suffix)] + suffix


def _page_permission(kind):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{kind}_page")


def _collection_permission(model, kind):
    app = {"image": "wagtailimages", "document": "wagtaildocs"}[model]
    return Permission.objects.get(content_type__app_label=app, codename=f"{kind}_{model}")


def _unique_group(name):
    candidate, n = name, 2
    while Group.objects.filter(name=candidate).exists():
        tail = f" ({n})"
        candidate, n = name[: GROUP_NAME_MAX - len(tail)] + tail, n + 1
    return Group.objects.create(name=candidate)


@transaction.atomic
def provision_site_roles(site, root_page=None):
    """Create (or complete) the five role groups of ``site`` with their
    permissions. Idempotent: running it again changes nothing."""
    root_page = root_page or site.root_page
    collection = collection_for_site(site)
    groups = {}
    with translation.override("vi"):
        for role in Role:
            link = SiteRoleGroup.objects.filter(site=site, role=role).select_related("group")
            link = link.first()
            if link is None:
                group = _unique_group(group_name(site, role))
                SiteRoleGroup.objects.create(site=site, role=role, group=group)
            else:
                group = link.group
            group.permissions.add(_admin_access())
            for label in MODEL_PERMISSIONS[role]:
                group.permissions.add(_permission(label))
            for kind in PAGE_PERMISSIONS[role]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=_page_permission(kind)
                )
            if role in (Role.HEAD, Role.DEPUTY):
                for label in SITE_SETTING_PERMISSIONS:
                    GroupSitePermission.objects.get_or_create(
                        group=group, site=site, permission=_permission(label)
                    )
            if collection is not None:
                for kind in COLLECTION_PERMISSIONS[role]:
                    for model in ("image", "document"):
                        GroupCollectionPermission.objects.get_or_create(
                            group=group,
                            collection=collection,
                            permission=_collection_permission(model, kind),
                        )
            groups[role] = group
    district_admins_group()
    return groups


@transaction.atomic
def district_admins_group():
    """The district admins' group: every page, every collection, every board."""
    link = SiteRoleGroup.objects.filter(site__isnull=True, role=DISTRICT).first()
    if link:
        return link.group
    with translation.override("vi"):
        group = _unique_group(str(DISTRICT_GROUP_NAME))
    SiteRoleGroup.objects.create(site=None, role=DISTRICT, group=group)
    group.permissions.add(_admin_access())
    for label in DISTRICT_MODEL_PERMISSIONS:
        group.permissions.add(_permission(label))
    root = Page.get_first_root_node()
    for kind in ("add", "change", "publish", "lock", "unlock", "bulk_delete"):
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=_page_permission(kind)
        )
    collection = Collection.get_first_root_node()
    for model in ("image", "document"):
        for kind in ("add", "change", "choose", "delete"):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_collection_permission(model, kind)
            )
    return group


def sync_user_roles(user, today=None):
    """Put ``user`` in exactly the role groups of their current memberships.

    Called whenever a membership is saved or deleted, at login and by the
    daily ``sync_board_roles`` command (for end dates that pass overnight).
    Groups that are not site-role groups are left alone.
    """
    today = today or timezone.localdate()
    wanted = set()
    for membership in BoardMembership.objects.filter(user=user).select_related("board"):
        if membership.is_current(today):
            group = SiteRoleGroup.objects.filter(
                site_id=membership.board.site_id, role=membership.role
            ).values_list("group_id", flat=True)
            wanted.update(group)
    managed = set(
        SiteRoleGroup.objects.filter(site__isnull=False).values_list("group_id", flat=True)
    )
    current = set(user.groups.filter(pk__in=managed).values_list("pk", flat=True))
    to_remove, to_add = current - wanted, wanted - current
    if to_remove:
        user.groups.remove(*to_remove)
    if to_add:
        user.groups.add(*to_add)
    if to_remove or to_add:
        # Wagtail caches group checks on the user object during a request.
        for attr in ("_group_approval_task_checks", "_perm_cache", "_group_perm_cache"):
            if hasattr(user, attr):
                delattr(user, attr)
    return to_add, to_remove


def sync_all_roles(today=None):
    """Sync every user who has or had a membership; returns (added, removed)."""

    added = removed = 0
    users = get_user_model().objects.filter(board_memberships__isnull=False).distinct()
    for user in users:
        a, r = sync_user_roles(user, today=today)
        added, removed = added + len(a), removed + len(r)
    return added, removed


DISTRICT_OVERSIGHT_PERMISSIONS = [
    "board.change_reportsettings",
    "board.change_royaltyrates",
    "board.change_siteroyaltyrates",
    # The alerts the hosting agency shows above every commune's slogans.
    *(f"core.{action}_hostalert" for action in ("view", "add", "change", "delete")),
]


def grant_oversight_permissions(group):
    """Give ``group`` (the district admins') the report and royalty settings
    and the alerts to communes."""

    grant_permissions(group, DISTRICT_OVERSIGHT_PERMISSIONS)
