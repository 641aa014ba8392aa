"""Wagtail's "Workflow tasks" report, with its filters scoped to the user's
communes.

Wagtail's filter form lists every workflow and every task of the
installation and asks one query per task for the workflows it belongs to:
at 300 communes a commune editor's report cost 600 queries and offered
other communes' workflows. Here the choices are the workflows of the
user's own sites (every site for district admins) and the tasks' workflow
ids come from one prefetch. Served at Wagtail's own URLs (website/urls.py
puts them before the admin's), so links and reverse() are unchanged.
"""

import django_filters

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import FilteredModelChoiceFilter
from wagtail.admin.views.reports.workflows import (
    WorkflowTasksReportFilterSet,
    WorkflowTasksView,
)
from wagtail.models import Task, Workflow

from core.access import user_sites


def _workflows(request):
    if request is None:
        return Workflow.objects.none()
    root_ids = user_sites(request.user).values_list("root_page_id", flat=True)
    return Workflow.objects.filter(workflow_pages__page_id__in=root_ids).distinct()


def _tasks(request):
    return (
        Task.objects.filter(workflow_tasks__workflow__in=_workflows(request))
        .distinct()
        .prefetch_related("workflow_tasks")
    )


class _Ids:
    """What FilteredModelChoiceField reads from its accessor (a queryset's
    values_list), from the prefetched rows instead of a query per task."""

    def __init__(self, ids):
        self.ids = ids

    def values_list(self, *fields, flat=False):
        return self.ids


def _task_workflow_ids(task):
    return _Ids([link.workflow_id for link in task.workflow_tasks.all()])


class ScopedWorkflowTasksReportFilterSet(WorkflowTasksReportFilterSet):
    workflow = django_filters.ModelChoiceFilter(
        field_name="workflow_state__workflow", queryset=_workflows, label=_("Workflow")
    )
    task = FilteredModelChoiceFilter(
        queryset=_tasks, filter_field="id_workflow", filter_accessor=_task_workflow_ids
    )


class ScopedWorkflowTasksView(WorkflowTasksView):
    filterset_class = ScopedWorkflowTasksReportFilterSet
