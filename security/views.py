"""Second-factor screens (setup, verify, recovery codes) and the district
admins' login-protection screen. Rules live in security.services."""

import django_otp
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin import messages

from core.access import is_district_admin
from security.forms import ResetTwoFactorForm, TokenForm
from security.services import lockouts, two_factor


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


def _with_next(url_name, request):
    return f"{reverse(url_name)}?{urlencode({'next': _next_url(request)})}"


def two_factor_setup(request):
    """Pair an authenticator app. Only for an account without one, or one
    already verified in this session: a stolen password alone must not let
    its holder attach their own phone."""
    user = request.user
    if user_has_device(user, confirmed=True) and not user.is_verified():
        return redirect(_with_next("security:two_factor_verify", request))
    device = two_factor.pending_totp_device(user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = two_factor.confirm_totp_device(device, form.cleaned_data["token"])
        if codes is not None:
            django_otp.login(request, device)
            return TemplateResponse(
                request,
                "security/recovery_codes.html",
                {"codes": codes, "next": _next_url(request), "first_time": True},
            )
        form.add_error(
            "token", _("This code is not right. Check the time on your phone and try again.")
        )
    return TemplateResponse(
        request,
        "security/two_factor_setup.html",
        {
            "form": form,
            "qr_svg": two_factor.qr_svg(device),
            "secret": two_factor.secret_base32(device),
            "next": _next_url(request),
        },
    )


def two_factor_verify(request):
    user = request.user
    if not user_has_device(user, confirmed=True):
        return redirect(_with_next("security:two_factor_setup", request))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = two_factor.verify(user, form.cleaned_data["token"])
        if device is not None:
            django_otp.login(request, device)
            if isinstance(device, StaticDevice):
                messages.warning(
                    request,
                    _("You used a recovery code; %(count)d remain.")
                    % {"count": two_factor.remaining_recovery_codes(user)},
                )
            return redirect(_next_url(request))
        form.add_error(
            "token", _("This code is not right, or was already used. Wait a moment and try again.")
        )
    return TemplateResponse(
        request, "security/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )


def recovery_codes(request):
    """Show how many recovery codes remain; POST replaces them (shown once)."""
    user = request.user
    if request.method == "POST":
        codes = two_factor.new_recovery_codes(user)
        return TemplateResponse(
            request,
            "security/recovery_codes.html",
            {"codes": codes, "next": reverse("wagtailadmin_home"), "first_time": False},
        )
    return TemplateResponse(
        request,
        "security/recovery_codes_status.html",
        {
            "remaining": two_factor.remaining_recovery_codes(user),
            "page_title": _("Recovery codes"),
        },
    )


def _check_district(user):
    if not is_district_admin(user):
        raise PermissionDenied


def login_protection(request):
    """District admins: who is locked out now, lift a lockout, reset a lost phone."""
    _check_district(request.user)
    return TemplateResponse(
        request,
        "security/login_protection.html",
        {
            "lockouts": lockouts.active_lockouts(),
            "reset_form": ResetTwoFactorForm(),
            "page_title": _("Login protection"),
        },
    )


@require_POST
def lift_lockout(request):
    _check_district(request.user)
    kind, value = request.POST.get("kind", ""), request.POST.get("value", "")
    if kind not in {"username", "ip_address"} or not value:
        messages.error(request, _("Nothing to unlock."))
    elif lockouts.lift_lockout(kind, value):
        messages.success(request, _("%(value)s may try to log in again.") % {"value": value})
    else:
        messages.error(request, _("%(value)s was not locked out.") % {"value": value})
    return redirect("security:login_protection")


@require_POST
def reset_two_factor(request):
    _check_district(request.user)
    form = ResetTwoFactorForm(request.POST)
    user = None
    if form.is_valid():
        user = (
            get_user_model()
            .objects.filter(username=form.cleaned_data["username"])
            .exclude(pk=request.user.pk)
            .first()
        )
    if user is None:
        messages.error(request, _("No such account (you cannot reset your own here)."))
    else:
        two_factor.reset_two_factor(user, request.user)
        messages.success(
            request,
            _(
                "Two-factor authentication of %(user)s removed: their next login sets up a new authenticator."
            )
            % {"user": user.get_username()},
        )
    return redirect("security:login_protection")


def lockout_response(request, original_response=None, credentials=None):
    """The page axes shows instead of the login form once a username or an
    address is locked out (AXES_LOCKOUT_CALLABLE): in Vietnamese, saying when
    to try again, with axes' 429 status."""

    return TemplateResponse(
        request,
        "security/lockout.html",
        {
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        },
        status=settings.AXES_HTTP_RESPONSE_CODE,
    ).render()
