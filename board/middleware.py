"""Admin rules that no Wagtail hook covers.

* An account whose password was reset by its head or a district admin must
  choose a new password before doing anything else in the admin.
* Installation-wide admin screens (the page types report counts and links
  every site's pages) are for district admins only.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import Resolver404, resolve

DISTRICT_ONLY_URL_NAMES = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
}

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
            if name in DISTRICT_ONLY_URL_NAMES and not is_district_admin(user):
                raise PermissionDenied
        return self.get_response(request)
