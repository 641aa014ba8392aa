"""Admin for the editorial board: boards, supplying units, emergency
publications, the host's dashboard and report, and per-site scoping of
Wagtail's page chooser and admin API. Deadlines, accounts and settings of
other apps register their own hooks in their apps.
"""

from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import LinkMenuItemComponent
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from board.admin_walls import scope_admin_api
from board.forms import BoardForm, SupplyingUnitForm
from board.models import Board
from board.notifications_admin import NotificationFrequencyPanel
from board.records_admin import (
    BoardMeetingViewSet,
    BoardPlanViewSet,
    PartyReportViewSet,
    decisions_panel,
    refresh_saved_report,
    report_buttons,
)
from board.sections_admin import sections_panel
from board.services.unit_approval import ask_again_after_edit
from board.services.workflow import (
    keep_as_draft,
    pending_emergency_publications,
    publishes_at_once,
)
from board.views import urls
from board.views.oversight import REPORT_ROLES, host_labels
from core.access import sites_where
from core.admin_scoping import RoleMenuItem, ScopedSnippetChooserViewSet, SiteScopedViewSetMixin
from core.models import Role, SupplyingUnit
from core.site_scope import SiteScope


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
        [
            FieldPanel("site"),
            FieldPanel("name"),
            FieldPanel("kind"),
            MultiFieldPanel(
                [
                    FieldPanel("leader_name"),
                    FieldPanel("leader_position"),
                    FieldPanel("leader_email"),
                ],
                heading=_("Unit leader"),
            ),
            InlinePanel("suppliers", heading=_("Suppliers"), label=_("supplier")),
        ],
        base_form_class=SupplyingUnitForm,
    )


class BoardMenuGroup(SnippetViewSetGroup):
    items = (
        BoardViewSet,
        SupplyingUnitViewSet,
        BoardPlanViewSet,
        BoardMeetingViewSet,
        PartyReportViewSet,
    )
    menu_icon = "group"
    menu_label = _("Editorial board")
    menu_name = "board"


register_snippet(BoardMenuGroup)


hooks.register("register_snippet_listing_buttons", report_buttons)
hooks.register("after_create_snippet", refresh_saved_report)
hooks.register("after_edit_snippet", refresh_saved_report)
hooks.register("construct_homepage_panels", decisions_panel)
hooks.register("construct_homepage_panels", sections_panel)
hooks.register("register_account_settings_panel", NotificationFrequencyPanel)


@hooks.register("register_admin_urls")
def register_board_urls():
    return [path("board/", include((urls.urlpatterns, "board"), namespace="board"))]


@hooks.register("after_edit_page")
def ask_unit_leader_again(request, page):
    """An edit of a supplied item after its leader approved (or the head
    waived) an earlier version asks the leader again."""
    if ask_again_after_edit(page, request.user):
        messages.warning(
            request,
            _("The item was edited: its unit leader has been asked to approve the new version."),
        )


@hooks.register("register_log_actions")
def unit_approval_log_actions(actions):
    @actions.register_action("board.unit_approval.approved")
    class Approved(LogFormatter):
        label = _("Approved by the unit leader")

        def format_message(self, log_entry):
            return _("Approved by the unit leader %(leader)s: %(comment)s") % {
                "leader": log_entry.data.get("leader", ""),
                "comment": log_entry.data.get("comment") or "–",
            }

    @actions.register_action("board.unit_approval.declined")
    class Declined(LogFormatter):
        label = _("Declined by the unit leader")

        def format_message(self, log_entry):
            return _("Declined by the unit leader %(leader)s: %(comment)s") % {
                "leader": log_entry.data.get("leader", ""),
                "comment": log_entry.data.get("comment") or "–",
            }


@hooks.register("before_publish_page")
def ask_why_at_once(request, page):
    """The head (or deputy) publishing directly, outside the review, first
    says why, on the board's own screen, which then publishes the revision
    just saved (board.services.workflow.publish_at_once). Nothing is
    published until then."""
    if publishes_at_once(request.user, page) is None:
        return None
    keep_as_draft(page)
    url = reverse("board:emergency_publish", args=[page.pk])
    return redirect(f"{url}?revision={page.latest_revision_id}")


@hooks.register("before_bulk_action")
def no_bulk_publishing_at_once(request, action_type, objects, action):
    """Publishing several pages at once from a listing would skip the reason
    each needs: the head publishes them one by one (or through the review)."""
    if action_type != "publish" or not isinstance(action, PageBulkAction):
        return None
    if not any(publishes_at_once(request.user, page) for page in objects):
        return None
    messages.error(
        request,
        _("Pages published without review need a reason each: publish them one by one."),
    )
    return redirect(action.next_url)


class EmergencyPanel(Component):
    """Publications made at once awaiting review, with their deadline, for
    the head and deputy of the communes concerned."""

    name = "emergency_publications"
    order = 60
    template_name = "board/emergency_panel.html"

    def __init__(self, publications):
        self.publications = publications

    def get_context_data(self, parent_context):
        return {
            "publications": self.publications,
            "list_url": reverse("board:emergency_list"),
        }


@hooks.register("construct_homepage_panels")
def add_emergency_panel(request, panels):
    sites = sites_where(request.user, [Role.HEAD, Role.DEPUTY])
    publications = list(pending_emergency_publications(sites)[:10])
    if publications:
        panels.append(EmergencyPanel(publications))


@hooks.register("register_admin_menu_item")
def register_emergency_menu_item():
    return RoleMenuItem(
        _("Emergency publications"),
        reverse("board:emergency_list"),
        icon_name="warning",
        order=910,
        roles=("head", "deputy"),
    )


class _DashboardMenuItem(RoleMenuItem):
    """Named after the hosting level: "District dashboard" or "Province dashboard"."""

    def render_component(self, request):
        return LinkMenuItemComponent(
            self.name,
            host_labels()["dashboard_title"],
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
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
def register_new_commune_menu_item():
    return RoleMenuItem(
        _("New commune site"),
        reverse("board:new_commune"),
        icon_name="plus",
        order=155,
        roles=(),
        name="new-commune",
    )


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return RoleMenuItem(
        _("Monthly supply report"),
        reverse("board:report"),
        icon_name="table",
        order=160,
        roles=REPORT_ROLES,
    )


# After Wagtail's own endpoints are registered (their apps come later).
hooks.register("construct_admin_api", scope_admin_api, order=100)


@hooks.register("construct_page_chooser_queryset")
def page_chooser_own_sites(pages, request):
    """Wagtail's page chooser lists every site's pages, drafts included; a
    board member's lists their own commune's only (it opens on the commune
    root, board.admin_walls, and never shows what lies above it)."""
    return SiteScope.for_user(request.user).pages(pages)
