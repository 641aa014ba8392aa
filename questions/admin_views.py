"""The board's question inbox: a listing per commune and one screen per
question with the actions the user's role allows (services.workflow)."""

import django_filters

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusFlagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Site

from questions.forms import AnswerForm, AssignForm, NoteForm, ReasonForm
from questions.models.records import OPEN_STATES, Question, QuestionState, QuestionTopic
from questions.services import workflow
from questions.services.ratings import site_results
from questions.services.roles import board_members, board_role, sites_for_user


def _user_sites(request):
    if request is None:
        return Site.objects.none()
    return sites_for_user(request.user).order_by("site_name")


class QuestionFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=gettext_lazy("State"), choices=QuestionState.choices)
    site = django_filters.ModelChoiceFilter(label=gettext_lazy("Site"), queryset=_user_sites)
    topic = django_filters.ChoiceFilter(label=gettext_lazy("Topic"), choices=QuestionTopic.choices)
    overdue = django_filters.BooleanFilter(label=gettext_lazy("Late"), method="filter_overdue")
    mine = django_filters.BooleanFilter(label=gettext_lazy("Assigned to me"), method="filter_mine")

    class Meta:
        model = Question
        fields = ["state", "site", "topic"]

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        late = Q(state__in=OPEN_STATES, due_date__lt=timezone.localdate())
        return queryset.filter(late) if value else queryset.exclude(late)

    def filter_mine(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(assignee=self.request.user)


class LateColumn(StatusFlagColumn):
    def get_value(self, instance):
        return instance.is_overdue


class QuestionIndexView(generic.IndexView):
    page_title = gettext_lazy("Questions")
    filterset_class = QuestionFilterSet
    default_ordering = "due_date"
    search_fields = ["tracking_code", "text"]
    search_backend_name = None  # plain database filtering: no index to keep

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "tracking_code",
                label=_("Tracking code"),
                sort_key="tracking_code",
                get_url=lambda q: reverse("questions_inbox:edit", args=[q.pk]),
            ),
            Column("site", label=_("Site"), accessor="site.site_name"),
            Column("topic", label=_("Topic"), accessor="get_topic_display"),
            Column("state", label=_("State"), accessor="get_state_display", sort_key="state"),
            DateColumn("received_at", label=_("Received"), sort_key="received_at"),
            DateColumn("due_date", label=_("Answer due"), sort_key="due_date"),
            LateColumn("late", label=_("Late"), true_label=_("Late"), false_label=""),
            Column("assignee", label=_("Assigned to")),
        ]

    def get_base_queryset(self):
        return (
            Question.objects.filter(site__in=sites_for_user(self.request.user))
            .select_related("site", "assignee")
            .defer("asker_name", "phone", "email", "answer", "search_text")
        )


class QuestionProcessView(WagtailAdminTemplateMixin, TemplateView):
    """One question: its details, its log and the allowed actions."""

    template_name = "questions/admin/process.html"
    header_icon = "help"

    def dispatch(self, request, pk):
        self.question = get_object_or_404(Question.objects.select_related("site"), pk=pk)
        if board_role(request.user, self.question.site) is None:
            # Another commune's question: as if it did not exist.
            raise Http404
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Question %(code)s") % {"code": self.question.tracking_code}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("questions_inbox:index"), "label": _("Questions")},
            {"url": "", "label": self.question.tracking_code},
        ]

    def forms(self, data=None, action=None):
        q = self.question
        bound = lambda name: data if action == name else None  # noqa: E731
        return {
            "assign": AssignForm(
                bound("assign"),
                members=board_members(q.site),
                initial={"assignee": q.assignee_id},
            ),
            "answer": AnswerForm(bound("answer"), initial={"answer": q.answer}),
            "submit": NoteForm(bound("submit")),
            "send_back": NoteForm(bound("send_back")),
            "publish": NoteForm(bound("publish")),
            "refuse": ReasonForm(bound("refuse")),
            "erase": NoteForm(bound("erase")),
        }

    def get_context_data(self, forms=None, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        allowed = workflow.allowed_actions(user, self.question)
        forms = forms or self.forms()
        context.update(
            question=self.question,
            events=self.question.events.select_related("actor"),
            actions=[
                {"name": name, "label": workflow.TRANSITIONS[name].label, "form": forms[name]}
                for name in allowed
            ],
            role=board_role(user, self.question.site),
        )
        return context

    def post(self, request, pk):
        action = request.POST.get("action", "")
        if action not in workflow.TRANSITIONS:
            messages.error(request, _("Unknown action."))
            return redirect("questions_inbox:edit", pk)
        forms = self.forms(request.POST, action)
        form = forms[action]
        if form.is_valid():
            try:
                self.run(action, form.cleaned_data)
            except PermissionDenied as error:
                messages.error(request, str(error) or _("You may not do this."))
            except ValidationError as error:
                for message in error.messages:
                    messages.error(request, message)
            else:
                messages.success(
                    request, _("Done: %(action)s.") % {"action": workflow.TRANSITIONS[action].label}
                )
                return redirect("questions_inbox:edit", pk)
        return self.render_to_response(self.get_context_data(forms=forms))

    def run(self, action, data):
        user, q = self.request.user, self.question
        note = data.get("note", "")
        if action == "assign":
            workflow.assign(user, q, data["assignee"], note=note)
        elif action == "answer":
            workflow.answer(user, q, data["answer"])
        elif action == "submit":
            workflow.submit(user, q, note=note)
        elif action == "send_back":
            workflow.send_back(user, q, note)
        elif action == "publish":
            workflow.publish(user, q)
        elif action == "refuse":
            workflow.refuse(user, q, data["reason"])
        elif action == "erase":
            workflow.erase_personal_data(user, q, note=note)


class InboxViewSet(ModelViewSet):
    """The admin of records citizens send (questions, comments on drafts):
    a listing from Wagtail's generic IndexView and, as the edit screen, a
    processing view, because such a record changes through actions, never
    through a free edit form; nothing is added or deleted from the admin."""

    add_to_admin_menu = True
    add_to_reference_index = False
    list_per_page = 30
    form_fields = []  # never edited directly
    process_view_class = None

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("edit/<int:pk>/", self.process_view_class.as_view(), name="edit"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().none()


class RatingResultsView(WagtailAdminTemplateMixin, TemplateView):
    """Satisfaction ratings of one site the user works on: per page and overall."""

    template_name = "questions/admin/ratings.html"
    header_icon = "pick"
    page_title = gettext_lazy("Satisfaction ratings")

    def dispatch(self, request, *args, **kwargs):
        self.sites = list(sites_for_user(request.user).order_by("site_name", "hostname"))
        if not self.sites:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        chosen = self.request.GET.get("site", "")
        site = next((s for s in self.sites if str(s.pk) == chosen), self.sites[0])
        context.update(sites=self.sites, site=site, results=site_results(site))
        return context
