"""The board's moderation queue of comments on drafts: a listing of the
commune's comments and one screen per comment with its actions
(services.comments). Another commune's comments answer 404."""

import django_filters

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from consultations.forms import ModerationForm
from consultations.models import CommentState, ConsultationPage, DraftComment
from consultations.services import comments as service
from core.text import local_moment
from questions.services.roles import sites_for_user

#: The moderation actions: {name: (label, service function)}, and the
#: states each may start from (services.comments checks them again).
ACTIONS = {
    "approve": (gettext_lazy("Approve and publish"), service.approve),
    "reject": (gettext_lazy("Reject"), service.reject),
    "spam": (gettext_lazy("Mark as spam"), service.mark_spam),
    "erase": (gettext_lazy("Erase personal data"), service.erase_personal_data),
}
ALLOWED_FROM = {
    "approve": {CommentState.PENDING},
    "reject": {CommentState.PENDING},
    "spam": {CommentState.PENDING, CommentState.REJECTED},
    "erase": set(CommentState.values),
}


def _drafts(request):
    if request is None:
        return ConsultationPage.objects.none()
    sites = sites_for_user(request.user)
    return ConsultationPage.objects.filter(comments__site__in=sites).distinct().order_by("title")


class CommentFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=gettext_lazy("State"), choices=CommentState.choices)
    page = django_filters.ModelChoiceFilter(label=gettext_lazy("Draft"), queryset=_drafts)

    class Meta:
        model = DraftComment
        fields = ["state", "page"]


class CommentIndexView(generic.IndexView):
    page_title = gettext_lazy("Comments on drafts")
    filterset_class = CommentFilterSet
    default_ordering = "-submitted_at"
    search_fields = ["text", "article"]
    search_backend_name = None  # plain database filtering: no index to keep

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "submitted_at",
                label=_("Sent at"),
                sort_key="submitted_at",
                accessor=lambda c: local_moment(c.submitted_at),
                get_url=lambda c: reverse("draft_comments:edit", args=[c.pk]),
            ),
            Column("page", label=_("Draft"), accessor="page.title"),
            Column("site", label=_("Site"), accessor="site.site_name"),
            Column("article", label=_("Article of the draft")),
            Column("state", label=_("State"), accessor="get_state_display", sort_key="state"),
            DateColumn("moderated_at", label=_("Moderated at"), sort_key="moderated_at"),
        ]

    def get_base_queryset(self):
        return (
            DraftComment.objects.filter(site__in=sites_for_user(self.request.user))
            .select_related("site", "page")
            .defer("commenter_name", "organisation", "contact")
        )


class CommentModerationView(WagtailAdminTemplateMixin, TemplateView):
    """One comment: its text, the commenter (for the board only) and the
    actions its state allows."""

    template_name = "consultations/admin/moderate.html"
    header_icon = "comment"

    def dispatch(self, request, pk):
        self.comment = get_object_or_404(
            DraftComment.objects.select_related("site", "page", "moderated_by"), pk=pk
        )
        if not service.can_moderate(request.user, self.comment):
            # Another commune's comment: as if it did not exist.
            raise Http404
        return super().dispatch(request, pk)

    def get_page_title(self):
        return str(self.comment)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("draft_comments:index"), "label": _("Comments on drafts")},
            {"url": "", "label": str(self.comment)},
        ]

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        state = self.comment.state
        actions = [
            {"name": name, "label": label}
            for name, (label, _run) in ACTIONS.items()
            if state in ALLOWED_FROM[name] and not (name == "erase" and self.comment.erased_at)
        ]
        context.update(
            comment=self.comment,
            actions=actions,
            needs_reason=any(action["name"] == "reject" for action in actions),
            form=form or ModerationForm(),
            draft_url=reverse("wagtailadmin_pages:edit", args=[self.comment.page_id]),
        )
        return context

    def post(self, request, pk):
        action = request.POST.get("action", "")
        if action not in ACTIONS:
            messages.error(request, _("Unknown action."))
            return redirect("draft_comments:edit", pk)
        form = ModerationForm(request.POST)
        if form.is_valid():
            label, run = ACTIONS[action]
            try:
                if action == "reject":
                    run(request.user, self.comment, form.cleaned_data["reason"])
                else:
                    run(request.user, self.comment)
            except PermissionDenied as error:
                messages.error(request, str(error) or _("You may not do this."))
            except ValidationError as error:
                for message in error.messages:
                    messages.error(request, message)
            else:
                messages.success(request, _("Done: %(action)s.") % {"action": label})
                return redirect("draft_comments:edit", pk)
        return self.render_to_response(self.get_context_data(form=form))
