"""Admin rules that no Wagtail hook covers.

* An account whose password was reset by its head or a district admin must
  choose a new password before doing anything else in the admin.
* An approval refused by the four-eyes rule says why (Wagtail's own
  refusal only says "no permission").
* Installation-wide admin screens (the page types report counts and links
  every site's pages) are for district admins only.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.translation import gettext_lazy

from wagtail.admin import messages

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

ALLOWED_WHILE_RESETTING = {
    "board:change_password",
    "wagtailadmin_logout",
    # The second factor comes first (security app), then the new password.
    "security:two_factor_setup",
    "security:two_factor_verify",
}


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
            from board.services.accounts import must_change_password
            from board.services.roles import is_district_admin

            if name not in ALLOWED_WHILE_RESETTING and must_change_password(user):
                return redirect("board:change_password")
            district_only = name in DISTRICT_ONLY_URL_NAMES or (
                name.rpartition(":")[0] in DISTRICT_ONLY_NAMESPACES
            )
            if district_only and not is_district_admin(user):
                raise PermissionDenied
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or not request.path.startswith("/admin/"):
            return None
        page = _page_to_approve(request, view_kwargs)
        if page is None:
            return None
        from board.services.workflow import authors_under_review

        if request.user.pk in authors_under_review(page):
            messages.error(request, str(FOUR_EYES_REFUSAL))
            return redirect("wagtailadmin_home")
        return None


FOUR_EYES_REFUSAL = gettext_lazy(
    "Four eyes: you wrote part of this item since it was submitted, so another member of "
    "the board must approve it."
)


def _page_to_approve(request, kwargs):
    """The page an approval POST would let through, or None."""
    from wagtail.models import Page

    name = getattr(request.resolver_match, "view_name", "")
    if name == "wagtailadmin_pages:workflow_action" and kwargs.get("action_name") == "approve" or (
        name == "wagtailadmin_pages:edit"
        and "action-workflow-action" in request.POST
        and request.POST.get("workflow-action-name") == "approve"
    ):
        page_id = kwargs.get("page_id")
    else:
        return None
    page = Page.objects.filter(pk=page_id).first()
    return page.specific if page is not None else None
