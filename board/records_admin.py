"""Admin of the board's records: the yearly plans, the meetings and the
reports to the Party committee as site-scoped snippets, the dashboard
panel of decisions to follow up, the report's listing buttons, and the
member's choice of notifications in their account settings.
Registered in board.wagtail_hooks."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button
from wagtail.snippets.views.snippets import SnippetViewSet

from board.forms import BoardRecordForm
from board.models import BoardMeeting, BoardPlan, PartyReport
from board.services.records import open_decisions, refresh
from core.access import user_sites
from core.admin_scoping import ScopedSnippetChooserViewSet, SiteScopedViewSetMixin


class _RecordViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    copy_view_enabled = False
    chooser_viewset_class = ScopedSnippetChooserViewSet
    list_filter = []


class BoardPlanViewSet(_RecordViewSet):
    model = BoardPlan
    icon = "calendar"
    menu_label = _("Yearly plans")
    list_display = ["__str__", "site"]
    edit_handler = ObjectList(BoardPlan.panels, base_form_class=BoardRecordForm)


class BoardMeetingViewSet(_RecordViewSet):
    model = BoardMeeting
    icon = "group"
    menu_label = _("Board meetings")
    list_display = ["__str__", "site"]
    list_filter = ["kind"]
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
            FieldPanel("attendees", widget=forms.CheckboxSelectMultiple),
            MultiFieldPanel(
                [FieldPanel("minutes"), FieldPanel("minutes_document")], heading=_("Minutes")
            ),
            InlinePanel("decisions", heading=_("Decisions"), label=_("meeting decision")),
        ],
        base_form_class=BoardRecordForm,
    )


class PartyReportViewSet(_RecordViewSet):
    model = PartyReport
    icon = "doc-full"
    menu_label = _("Reports to the Party committee")
    list_display = ["__str__", "site", "filed_at"]
    list_filter = ["kind"]
    edit_handler = ObjectList(PartyReport.panels, base_form_class=BoardRecordForm)


def report_buttons(snippet, user, next_url=None):
    """The report's printable page and XLSX, from its row in the listing."""
    if not isinstance(snippet, PartyReport):
        return []
    return [
        Button(
            _("View and print"),
            url=reverse("board:party_report", args=[snippet.pk]),
            icon_name="view",
            priority=5,
        ),
        Button(
            _("Download XLSX"),
            url=reverse("board:party_report_xlsx", args=[snippet.pk]),
            icon_name="download",
            priority=6,
        ),
    ]


def refresh_saved_report(request, snippet):
    """A draft report takes its figures from the data each time it is saved."""
    if isinstance(snippet, PartyReport) and not snippet.is_filed:
        refresh(snippet)


class DecisionsPanel(Component):
    """Open decisions of the user's communes' meetings, late ones first."""

    name = "board_decisions"
    order = 65
    template_name = "board/records/decisions_panel.html"

    def __init__(self, decisions, several_sites):
        self.decisions = decisions
        self.several_sites = several_sites

    def get_context_data(self, parent_context):
        return {"decisions": self.decisions, "several_sites": self.several_sites}


def decisions_panel(request, panels):
    sites = user_sites(request.user)
    decisions = list(open_decisions(sites)[:15])
    if decisions:
        several = len({d.meeting.site_id for d in decisions}) > 1
        panels.append(DecisionsPanel(decisions, several))
