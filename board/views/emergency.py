"""Publishing at once with a reason, the list of emergency publications
awaiting review, for the deputy (and the head, for what the deputy
published), and the review action."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin import messages
from wagtail.models import Page, Revision

from board.models import EmergencyPublication
from board.services import workflow
from board.services.workflow import can_review_emergency, review_emergency_publication
from core.access import is_district_admin, sites_where
from core.models import Role


def _visible(user):
    qs = EmergencyPublication.objects.select_related("site", "page", "published_by", "reviewed_by")
    if is_district_admin(user):
        return qs
    sites = sites_where(user, [Role.HEAD, Role.DEPUTY])
    if not sites.exists():
        raise PermissionDenied
    return qs.filter(site__in=sites)


def emergency_list(request):
    publications = list(_visible(request.user)[:200])
    for publication in publications:
        publication.can_review = not publication.is_reviewed and can_review_emergency(
            request.user, publication
        )
    return TemplateResponse(
        request,
        "board/emergency_list.html",
        {
            "publications": publications,
            "pending": [p for p in publications if not p.is_reviewed],
            "page_title": _("Emergency publications"),
        },
    )


@require_POST
def emergency_review(request, pk):
    publication = get_object_or_404(_visible(request.user), pk=pk)
    review_emergency_publication(publication, request.user, request.POST.get("note", ""))
    messages.success(request, _("Marked as reviewed: %(page)s") % {"page": publication.page.title})
    return redirect("board:emergency_list")


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for publishing at once"),
        max_length=workflow.REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Published without review, the item is then reviewed by the deputy head "
            "(or the head) within the deadline; the reason is kept with it."
        ),
        error_messages={
            "required": gettext_lazy("Give the reason for publishing at once, without review.")
        },
    )


def publish_at_once(request, page_id):
    """Ask the head why, then publish the revision they just saved."""
    page = get_object_or_404(Page, pk=page_id).specific
    site = workflow.publishes_at_once(request.user, page)
    if site is None or not page.permissions_for_user(request.user).can_publish():
        raise Http404  # another commune's page, or not the head or deputy
    revision = Revision.page_revisions.filter(
        object_id=str(page.pk), pk=request.GET.get("revision") or 0
    ).first()
    if revision is None:
        raise Http404
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            workflow.publish_at_once(request.user, page, revision, form.cleaned_data["reason"])
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("Published at once: %(page)s") % {"page": page.title})
            return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(
        request,
        "board/emergency_publish.html",
        {
            "page": page,
            "revision": revision,
            "form": form,
            "page_title": _("Publish at once"),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )
