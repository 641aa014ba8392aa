"""Admin rules that no Wagtail hook covers.

* An approval refused by the four-eyes rule says why (Wagtail's own
  refusal only says "no permission").
* Installation-wide admin screens (the page types report counts and links
  every site's pages) are for district admins only.
* Wagtail's "Add site" makes a bare Site (no sections, groups, collection
  or workflow): it leads to the commune form, which provisions all of it.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import Resolver404, resolve

from wagtail.admin import messages
from wagtail.models import Page

from board.services.four_eyes import FOUR_EYES_REFUSAL, authors_under_review
from core.access import is_district_admin

DISTRICT_ONLY_URL_NAMES = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    # Lists every snippet of a model, whatever its commune; communes translate no snippets.
    "wagtail_localize:snippets_api_listing",
    # Wagtail's deliberate 500, for testing error reports: the operator's, not a board's.
    "wagtailadmin_error_test",
}

#: Whole namespaces for district admins only: each commune's workflow is
#: provisioned for it, and Wagtail's task chooser lists every commune's tasks.
DISTRICT_ONLY_NAMESPACES = {"wagtailadmin_workflows"}


class BoardAdminMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and request.path.startswith("/admin/"):
            try:
                match = resolve(request.path_info)
                name = match.view_name
            except Resolver404:
                name = ""
            district_only = name in DISTRICT_ONLY_URL_NAMES or (
                name.rpartition(":")[0] in DISTRICT_ONLY_NAMESPACES
            )
            if district_only and not is_district_admin(user):
                raise PermissionDenied
            if name == "wagtailsites:add":
                return redirect("board:new_commune")
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or not request.path.startswith("/admin/"):
            return None
        page = _page_to_approve(request, view_kwargs)
        if page is None:
            return None
        if request.user.pk in authors_under_review(page):
            messages.error(request, str(FOUR_EYES_REFUSAL))
            return redirect("wagtailadmin_home")
        return None


def _page_to_approve(request, kwargs):
    """The page an approval POST would let through, or None."""
    name = getattr(request.resolver_match, "view_name", "")
    if (
        name == "wagtailadmin_pages:workflow_action"
        and kwargs.get("action_name") == "approve"
        or (
            name == "wagtailadmin_pages:edit"
            and "action-workflow-action" in request.POST
            and request.POST.get("workflow-action-name") == "approve"
        )
    ):
        page_id = kwargs.get("page_id")
    else:
        return None
    page = Page.objects.filter(pk=page_id).first()
    return page.specific if page is not None else None
