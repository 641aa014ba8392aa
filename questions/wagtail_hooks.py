"""The question inbox in the Wagtail admin (per commune, see permissions)."""

from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from questions.admin_views import (
    InboxViewSet,
    QuestionIndexView,
    QuestionProcessView,
    RatingResultsView,
)
from questions.models.records import OPEN_STATES, ConsentNotice, Question
from questions.permissions import QuestionPermissionPolicy
from questions.services.roles import sites_for_user

# Registered before any view asks for Question's policy (Wagtail 8 rule).
register_permission_policy(Question, QuestionPermissionPolicy(Question))


class QuestionViewSet(InboxViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    menu_order = 250
    index_view_class = QuestionIndexView
    process_view_class = QuestionProcessView


@hooks.register("register_admin_viewset")
def register_question_inbox():
    return QuestionViewSet("questions_inbox", url_prefix="questions")


class ConsentNoticeViewSet(ModelViewSet):
    """Versions of the personal-data notice, for whoever holds the model
    permissions (district admins). A notice citizens consented to cannot be
    changed (ConsentNotice.clean) nor deleted (no delete view)."""

    model = ConsentNotice
    icon = "doc-full"
    menu_label = _("Personal data notices")
    add_to_settings_menu = True
    add_to_reference_index = False
    form_fields = ["version", "purpose", "effective_from"]
    list_display = ["version", "effective_from"]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{"delete_url_name": None, "usage_url_name": None, **kwargs}
        )

    def get_urlpatterns(self):
        return [p for p in super().get_urlpatterns() if p.name not in {"delete", "usage"}]


@hooks.register("register_admin_viewset")
def register_consent_notices():
    return ConsentNoticeViewSet("consent_notices", url_prefix="consent-notices")


class QuestionsHomePanel(Component):
    """Open and late questions on the admin dashboard, for the user's sites."""

    name = "questions"
    order = 120
    template_name = "questions/admin/home_panel.html"

    def __init__(self, counts):
        self.counts = counts

    def get_context_data(self, parent_context):
        return {"counts": self.counts, "index_url": reverse("questions_inbox:index")}


@hooks.register("construct_homepage_panels")
def add_questions_panel(request, panels):
    sites = sites_for_user(request.user)
    if not sites.exists():
        return
    today = timezone.localdate()
    counts = Question.objects.filter(site__in=sites).aggregate(
        open=Count("pk", filter=Q(state__in=OPEN_STATES)),
        late=Count("pk", filter=Q(state__in=OPEN_STATES, due_date__lt=today)),
        mine=Count("pk", filter=Q(state__in=OPEN_STATES, assignee=request.user)),
    )
    panels.append(QuestionsHomePanel(counts))


@hooks.register("register_admin_urls")
def register_rating_results_url():
    return [path("ratings/", RatingResultsView.as_view(), name="questions_ratings")]


class RatingsMenuItem(MenuItem):
    def is_shown(self, request):
        return sites_for_user(request.user).exists()


@hooks.register("register_reports_menu_item")
def register_ratings_menu_item():
    return RatingsMenuItem(
        _("Satisfaction ratings"), reverse("questions_ratings"), icon_name="pick", order=900
    )
