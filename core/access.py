"""Who may act on which commune site.

A user acts on a site through the Wagtail groups of the board roles they
hold there (``core.SiteRoleGroup``); the district admins' group, a role
group with no site, acts on every site. The board app creates the groups
and keeps their members in step with the board; every layer asks here.
"""

from wagtail.models import Site

from core.models import DISTRICT, SiteRoleGroup


def site_group(site, role):
    link = SiteRoleGroup.objects.filter(site=site, role=role).select_related("group").first()
    return link.group if link else None


def is_district_admin(user):
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(site_role__site__isnull=True, site_role__role=DISTRICT).exists()


def user_sites(user):
    """The sites whose board ``user`` currently sits on (any role), as ids."""
    if is_district_admin(user):
        return Site.objects.all()
    return Site.objects.filter(
        role_groups__group__user=user,
    ).distinct()


def user_roles(user, site):
    """The roles ``user`` holds on ``site`` through their groups."""
    return set(
        SiteRoleGroup.objects.filter(site=site, group__user=user).values_list("role", flat=True)
    )


def sites_where(user, roles):
    return Site.objects.filter(
        role_groups__group__user=user, role_groups__role__in=list(roles)
    ).distinct()
