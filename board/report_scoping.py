"""Per-site scoping of admin screens that Wagtail leaves installation-wide.

Wagtail already filters the explorer, page search, reports (by page
permissions) and image and document listings and choosers (by collection
permissions). The page chooser is the exception: it lists every page of
every site, drafts included, because any page may be linked to. Here it
lists only the user's own sites' pages. District-only screens are refused in
board.middleware.
"""

from wagtail import hooks

from board.services.site_scope import SiteScope


def _own_site_pages(pages, user):
    # The chooser opens on the user's commune root (board.admin_walls) and
    # never shows what lies above it.
    return SiteScope.for_user(user).pages(pages)


@hooks.register("construct_page_chooser_queryset")
def page_chooser_own_sites(pages, request):
    return _own_site_pages(pages, request.user)
