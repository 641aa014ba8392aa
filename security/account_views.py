"""Lock an account or force a password reset (district admins, or the head
of the member's board), and the forced password change itself."""

from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.forms import SetPasswordForm
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin import messages

from core.access import is_district_admin, sites_where
from core.models import Role
from security.models import AccountSecurity
from security.services import accounts


def _check_may_manage(user):
    if not (is_district_admin(user) or sites_where(user, [Role.HEAD]).exists()):
        raise PermissionDenied


def account_list(request):
    _check_may_manage(request.user)
    users = accounts.manageable_users(request.user).order_by("username")[:500]
    security = {
        s.user_id: s for s in AccountSecurity.objects.filter(user__in=[u.pk for u in users])
    }
    rows = [(user, security.get(user.pk)) for user in users]
    return TemplateResponse(
        request,
        "security/accounts.html",
        {"rows": rows, "page_title": _("Board accounts")},
    )


@require_POST
def account_action(request, user_id, action):
    _check_may_manage(request.user)
    user = accounts.manageable_users(request.user).filter(pk=user_id).first()
    if user is None:
        raise Http404
    if action == "lock":
        accounts.lock_account(user, request.user, request.POST.get("reason", ""))
        messages.success(request, _("Account %(user)s locked.") % {"user": user})
    elif action == "unlock":
        accounts.unlock_account(user, request.user)
        messages.success(request, _("Account %(user)s unlocked.") % {"user": user})
    elif action == "reset":
        temporary = accounts.force_password_reset(user, request.user)
        return TemplateResponse(
            request,
            "security/password_reset_done.html",
            {"account": user, "temporary": temporary, "page_title": _("Password reset")},
        )
    else:
        raise Http404
    return redirect("accounts:accounts")


def change_password(request):
    form = SetPasswordForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        accounts.password_changed(request.user)
        update_session_auth_hash(request, request.user)
        messages.success(request, _("Your new password is saved."))
        return redirect("wagtailadmin_home")
    return TemplateResponse(
        request,
        "security/change_password.html",
        {"form": form, "page_title": _("Choose a new password")},
    )
