"""The list of emergency publications awaiting review, for the deputy (and
the head, for what the deputy published), and the review action."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin import messages

from board.models import EmergencyPublication
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
