"""A commune merged into another (the 2025 reform).

``merge_commune`` records the merger and, in the same transaction, makes
the merged commune's pages an archive section of its successor (its home
page moves under the successor's home, so every page keeps a URL on the
successor's host and its search), and ends its board's memberships on the
merger date: its accounts stay, without a role, for the successor's head to
add to their own board. Requests to the old host then answer 301
(home.wagtail_hooks.redirect_merged_commune). The host's dashboard and
reports leave the commune out from the merger date on.
"""

from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Page

from board.models import BoardMembership
from board.services.roles import sync_user_roles
from core.models import CommuneMerger
from core.page_cache import bump_sites
from core.text import fold


def _archive_slug(successor_home, name):
    base = "luu-tru-" + slugify(fold(name))
    taken = set(successor_home.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def merge_commune(site, successor, date=None, decision=""):
    merger = CommuneMerger(
        site=site, successor=successor, date=date or timezone.localdate(), decision=decision
    )
    merger.full_clean()
    merger.save()

    home = site.root_page.specific
    with translation.override("vi"):
        home.title = _("Archive of %(name)s") % {"name": site.site_name}
    home.draft_title = home.title
    home.slug = _archive_slug(successor.root_page, site.site_name)
    home.show_in_menus = False
    home.save(clean=False)
    Page.objects.get(pk=home.pk).move(successor.root_page, pos="last-child")

    memberships = BoardMembership.objects.filter(board__site=site).exclude(end_date__lt=merger.date)
    users = {membership.user for membership in memberships.select_related("user")}
    memberships.update(end_date=merger.date)
    for user in users:
        sync_user_roles(user)

    site.refresh_from_db()
    bump_sites([site, successor])
    return merger
