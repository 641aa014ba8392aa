"""Comments on drafts in the Wagtail admin: the moderation queue (per
commune, the questions' inbox rule) and the dashboard panel of comments to
moderate and reports due."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from consultations.admin_views import CommentIndexView, CommentModerationView
from consultations.models import DraftComment
from consultations.services.reports import pending_reports
from deadlines.services import editable_pages
from questions.admin_views import InboxViewSet
from questions.permissions import BoardInboxPermissionPolicy
from questions.services.roles import sites_for_user

# Registered before any view asks for DraftComment's policy (Wagtail 8 rule).
register_permission_policy(DraftComment, BoardInboxPermissionPolicy(DraftComment))


class DraftCommentViewSet(InboxViewSet):
    model = DraftComment
    icon = "comment"
    menu_label = _("Comments on drafts")
    menu_order = 260
    index_view_class = CommentIndexView
    process_view_class = CommentModerationView


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
    reports = pending_reports(editable_pages(user))  # the drafts they may edit
    if pending or reports:
        panels.append(ConsultationsPanel(pending, reports))
