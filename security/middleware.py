"""Every admin URL needs a second factor.

Hand-written on django-otp: wagtail-2fa (the Wagtail package for this) has
no recovery codes and no Vietnamese, and gates URLs outside the admin too.
"""

from functools import cache

from django_otp import user_has_device

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

from security.services.accounts import must_change_password

#: What a signed-in but unverified user may still reach.
EXEMPT_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "security:two_factor_setup",
    "security:two_factor_verify",
}


@cache
def admin_prefix():
    return reverse("wagtailadmin_home")


class RequireTwoFactorMiddleware:
    """After django_otp's OTPMiddleware: an authenticated user on an admin
    URL who has not passed the second factor in this session is sent to enter
    a code, or to set up an authenticator first when they have none."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and request.path_info.startswith(admin_prefix())
            and not user.is_verified()
            and self._url_name(request) not in EXEMPT_URL_NAMES
        ):
            step = (
                "security:two_factor_verify"
                if user_has_device(user, confirmed=True)
                else "security:two_factor_setup"
            )
            return redirect_to_login(request.get_full_path(), login_url=reverse(step))
        return self.get_response(request)

    @staticmethod
    def _url_name(request):
        try:
            return resolve(request.path_info).view_name
        except Resolver404:
            return ""


ALLOWED_WHILE_RESETTING = {
    "accounts:change_password",
    "wagtailadmin_logout",
    # The second factor comes first (security app), then the new password.
    "security:two_factor_setup",
    "security:two_factor_verify",
}


class PasswordResetMiddleware:
    """An account whose password was reset by its head or a district admin
    must choose a new password before doing anything else in the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and request.path.startswith("/admin/"):
            try:
                name = resolve(request.path_info).view_name
            except Resolver404:
                name = ""
            if name not in ALLOWED_WHILE_RESETTING and must_change_password(user):
                return redirect("accounts:change_password")
        return self.get_response(request)
