"""Admin for publication deadlines (requirements §3).

- Working-day exceptions (a storm, a provincial decision) under Settings,
  for whoever holds the model permissions: superusers and district admins.
- A dashboard panel for board members: due today, late, due soon.
- The explorer listings of news, documents and statistics gain a due date
  column and a deadline filter (late, on time, due today, not yet due),
  through Wagtail 8's per-page-type PageViewSet: its index view is the one
  the explorer uses for the parent pages whose only children are that type.
"""

import django_filters

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.permission_policies.pages import PagePermissionPolicy

from deadlines.models import WorkingDayOverride
from deadlines.services import (
    STATUS_LABELS,
    Status,
    check_override,
    dashboard_deadlines,
    deadline_page_models,
    deadline_status,
)

# ---------------------------------------------------------------------------
# Working-day exceptions
# ---------------------------------------------------------------------------


class WorkingDayOverrideForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        day, kind = cleaned.get("date"), cleaned.get("kind")
        message = check_override(day, kind)
        if message:
            self.add_error("date", message % {"day": f"{day:%d/%m/%Y}"})
        return cleaned


class WorkingDayOverrideViewSet(ModelViewSet):
    """Gated by Django's model permissions (deadlines.*_workingdayoverride):
    the district admins' group and superusers hold them, boards do not."""

    model = WorkingDayOverride
    icon = "date"
    menu_label = _("Working-day exceptions")
    add_to_settings_menu = True
    list_display = ["date", "kind", "reason"]
    list_filter = ["kind"]
    search_fields = ["reason"]
    ordering = ["-date"]
    copy_view_enabled = False
    edit_handler = ObjectList(
        [FieldPanel("date"), FieldPanel("kind"), FieldPanel("reason")],
        base_form_class=WorkingDayOverrideForm,
    )


working_day_override_viewset = WorkingDayOverrideViewSet("working_day_overrides")


@hooks.register("register_admin_viewset")
def register_working_day_overrides():
    return working_day_override_viewset


# ---------------------------------------------------------------------------
# Dashboard panel
# ---------------------------------------------------------------------------


class DeadlinesPanel(Component):
    name = "deadlines"
    template_name = "board/deadlines/dashboard_panel.html"
    order = 50  # above Wagtail's own panels: deadlines are the board's first task

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        request = parent_context["request"]
        context.update(dashboard_deadlines(request.user))
        context["request"] = request
        return context


@hooks.register("construct_homepage_panels")
def add_deadlines_panel(request, panels):
    """Only for people who may edit pages: board members and district admins."""
    user = request.user
    if user.is_superuser or PagePermissionPolicy().user_has_any_permission(
        user, {"change", "publish"}
    ):
        panels.append(DeadlinesPanel())


# ---------------------------------------------------------------------------
# Explorer listings: due date column and deadline filter
# ---------------------------------------------------------------------------


class DeadlineFilter(django_filters.ChoiceFilter):
    LATE = "late"
    ON_TIME = "on_time"
    DUE_TODAY = "due_today"
    NOT_YET_DUE = "not_yet_due"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "choices",
            [
                (self.LATE, _("Late (published late or overdue)")),
                (self.ON_TIME, _("Published on time")),
                (self.DUE_TODAY, _("Due today")),
                (self.NOT_YET_DUE, _("Not published, not yet due")),
            ],
        )
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        today = timezone.localdate()
        waiting = Q(published_on_time__isnull=True, live=False, first_published_at__isnull=True)
        conditions = {
            self.LATE: Q(published_on_time=False) | (waiting & Q(due_date__lt=today)),
            self.ON_TIME: Q(published_on_time=True),
            self.DUE_TODAY: waiting & Q(due_date=today),
            self.NOT_YET_DUE: waiting & Q(due_date__gt=today),
        }
        return qs.filter(conditions[value]) if value in conditions else qs


class DeadlinePageFilterSet(PageFilterSet):
    deadline = DeadlineFilter(
        label=_("Publication deadline"), empty_label=_("Any"), widget=forms.RadioSelect
    )

    class Meta(PageFilterSet.Meta):
        fields = []


def _status_label(page):
    return STATUS_LABELS.get(deadline_status(page), "")


def _is_behind(page):
    return deadline_status(page) in (Status.LATE, Status.OVERDUE)


DEADLINE_COLUMNS = [
    Column("due_date", label=_("Due"), sort_key="due_date", width="10%"),
    StatusTagColumn(
        "deadline_status",
        label=_("Deadline"),
        accessor=_status_label,
        primary=_is_behind,
        width="14%",
    ),
]


def deadline_page_viewset(page_model):
    """A PageViewSet for ``page_model`` whose listings show the deadline."""
    return type(
        f"{page_model.__name__}DeadlineViewSet",
        (PageViewSet,),
        {
            "model": page_model,
            "filterset_class": DeadlinePageFilterSet,
            "columns": PageViewSet.index_view_class.base_columns + DEADLINE_COLUMNS,
        },
    )()


@hooks.register("register_admin_viewset")
def register_deadline_page_viewsets():
    return [deadline_page_viewset(model) for model in deadline_page_models()]
