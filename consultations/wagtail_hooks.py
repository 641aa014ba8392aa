"""Comments on drafts in the Wagtail admin: the moderation queue (per
commune, the questions' inbox rule) and the dashboard panel of comments to
moderate and reports due."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy

from consultations.admin_views import CommentIndexView, CommentModerationView
from consultations.models import DraftComment
from consultations.services.reports import pending_reports
from deadlines.services import editable_pages
from questions.permissions import BoardInboxPermissionPolicy
from questions.services.roles import sites_for_user

# Registered before any view asks for DraftComment's policy (Wagtail 8 rule).
register_permission_policy(DraftComment, BoardInboxPermissionPolicy(DraftComment))


class DraftCommentViewSet(ModelViewSet):
    """Listing from Wagtail's generic IndexView; the edit screen is the
    moderation view, because a comment changes through moderation actions,
    never through a free edit form."""

    model = DraftComment
    icon = "comment"
    menu_label = _("Comments on drafts")
    menu_order = 260
    add_to_admin_menu = True
    add_to_reference_index = False
    index_view_class = CommentIndexView
    list_per_page = 30
    form_fields = []  # never edited directly

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
            path("edit/<int:pk>/", CommentModerationView.as_view(), name="edit"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().none()


@hooks.register("register_admin_viewset")
def register_comment_queue():
    return DraftCommentViewSet("draft_comments", url_prefix="draft-comments")


class ConsultationsPanel(Component):
    """Comments awaiting moderation and reports due or late, for the user's sites."""

    name = "consultations"
    order = 130
    template_name = "consultations/admin/home_panel.html"

    def __init__(self, pending, reports):
        self.pending = pending
        self.reports = reports

    def get_context_data(self, parent_context):
        return {
            "pending": self.pending,
            "reports": self.reports,
            "queue_url": reverse("draft_comments:index") + "?state=pending",
        }


@hooks.register("construct_homepage_panels")
def add_consultations_panel(request, panels):
    user = request.user
    sites = sites_for_user(user)
    if not sites.exists():
        return
    pending = DraftComment.objects.pending().filter(site__in=sites).count()
    pages = editable_pages(user)
    reports = (
        pending_reports(pages)
        if user.is_superuser
        or PagePermissionPolicy().user_has_any_permission(user, {"change", "publish"})
        else []
    )
    if pending or reports:
        panels.append(ConsultationsPanel(pending, reports))
