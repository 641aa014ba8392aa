"""Admin for the editorial board: boards, supplying units, emergency
publications, account locking, and per-site scoping of Wagtail's reports.

Owned by the board/roles work (issue 4). The deadlines work keeps its own
hooks in board/deadline_hooks.py, imported at the end of this module.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_scoping import ScopedSnippetChooserViewSet, SiteScopedViewSetMixin
from .admin_walls import scope_admin_api
from .forms import BoardForm, SupplyingUnitForm
from .models import Board, SupplyingUnit
from .services.roles import is_district_admin, sites_where


class BoardViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = Board
    icon = "group"
    menu_label = _("Editorial boards")
    list_display = ["__str__", "site"]
    search_fields = ["name", "site__site_name"]
    ordering = ["site__site_name"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = ["site", "name", "decisions_list", "members"]
    chooser_viewset_class = ScopedSnippetChooserViewSet
    edit_handler = ObjectList(Board.panels, base_form_class=BoardForm)


class SupplyingUnitViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    model = SupplyingUnit
    icon = "site"
    menu_label = _("Supplying units")
    list_display = ["name", "kind", "leader_name", "site"]
    list_filter = ["kind"]
    search_fields = ["name", "leader_name"]
    copy_view_enabled = False
    chooser_viewset_class = ScopedSnippetChooserViewSet
    edit_handler = ObjectList(
        [FieldPanel("site"), FieldPanel("name"), FieldPanel("kind"), FieldPanel("leader_name")],
        base_form_class=SupplyingUnitForm,
    )


class BoardMenuGroup(SnippetViewSetGroup):
    items = (BoardViewSet, SupplyingUnitViewSet)
    menu_icon = "group"
    menu_label = _("Editorial board")
    menu_name = "board"


register_snippet(BoardMenuGroup)


@hooks.register("register_admin_urls")
def register_board_urls():
    from .views import urls

    return [path("board/", include((urls.urlpatterns, "board"), namespace="board"))]


class _ScopedMenuItem(MenuItem):
    def __init__(self, *args, roles=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.roles = roles

    def is_shown(self, request):
        user = request.user
        return is_district_admin(user) or sites_where(user, self.roles).exists()


@hooks.register("register_admin_menu_item")
def register_emergency_menu_item():
    return _ScopedMenuItem(
        _("Emergency publications"),
        reverse("board:emergency_list"),
        icon_name="warning",
        order=910,
        roles=("head", "deputy"),
    )


@hooks.register("register_admin_menu_item")
def register_accounts_menu_item():
    return _ScopedMenuItem(
        _("Board accounts"),
        reverse("board:accounts"),
        icon_name="lock",
        order=920,
        roles=("head",),
    )


class _DashboardMenuItem(_ScopedMenuItem):
    """Named after the hosting level: "District dashboard" or "Province dashboard"."""

    def render_component(self, request):
        from wagtail.admin.menu import LinkMenuItemComponent

        from .views.oversight import host_labels

        return LinkMenuItemComponent(
            self.name, host_labels()["dashboard_title"], self.url, icon_name=self.icon_name,
            classname=self.classname, attrs=self.attrs,
        )


@hooks.register("register_admin_menu_item")
def register_district_dashboard_menu_item():
    return _DashboardMenuItem(
        _("District dashboard"),
        reverse("board:district_dashboard"),
        icon_name="site",
        order=150,
        roles=(),
        name="district-dashboard",
    )


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    from .views.oversight import REPORT_ROLES

    return _ScopedMenuItem(
        _("Monthly supply report"),
        reverse("board:report"),
        icon_name="table",
        order=160,
        roles=REPORT_ROLES,
    )


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    actions.register_action("board.account.lock", _("Lock account"), _("Account locked"))
    actions.register_action("board.account.unlock", _("Unlock account"), _("Account unlocked"))
    actions.register_action(
        "board.account.force_reset", _("Force password reset"), _("Password reset forced")
    )


# After Wagtail's own endpoints are registered (their apps come later).
hooks.register("construct_admin_api", scope_admin_api, order=100)

import board.deadline_hooks  # noqa: E402,F401  (publication deadlines, issue 5)

from . import report_scoping  # noqa: E402,F401  (registers its hooks)
