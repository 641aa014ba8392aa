from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.access import is_district_admin
from core.admin_scoping import RoleMenuItem
from security import account_urls, urls
from security.image_filters import checked_preview
from security.services.idle import IDLE_LOCK_ACTION
from security.services.two_factor import RESET_ACTION


@hooks.register("register_admin_urls")
def register_security_urls():
    return [
        path("2fa/", include((urls.urlpatterns, "security"), namespace="security")),
        path("board/", include((account_urls.urlpatterns, "accounts"), namespace="accounts")),
        # Ahead of Wagtail's own preview (this app's hooks run first): specs checked.
        path(
            "images/<int:image_id>/preview/<str:filter_spec>/",
            checked_preview,
            name="security_image_preview",
        ),
    ]


class DistrictMenuItem(MenuItem):
    def is_shown(self, request):
        return is_district_admin(request.user)


@hooks.register("register_settings_menu_item")
def register_login_protection_menu_item():
    return DistrictMenuItem(
        _("Login protection"), reverse("security:login_protection"), icon_name="lock", order=900
    )


@hooks.register("register_account_menu_item")
def register_recovery_codes_item(request):
    return {
        "url": reverse("security:recovery_codes"),
        "label": _("Recovery codes"),
        "help_text": _("Single-use codes for logging in when your phone is not at hand."),
    }


@hooks.register("register_log_actions")
def register_security_log_actions(actions):
    actions.register_action(
        IDLE_LOCK_ACTION, _("Lock idle account"), _("Account locked after long inactivity")
    )
    actions.register_action(
        RESET_ACTION, _("Reset two-factor authentication"), _("Two-factor authentication reset")
    )


@hooks.register("register_admin_menu_item")
def register_accounts_menu_item():
    return RoleMenuItem(
        _("Board accounts"),
        reverse("accounts:accounts"),
        icon_name="lock",
        order=920,
        roles=("head",),
    )


@hooks.register("register_log_actions")
def register_account_log_actions(actions):
    actions.register_action("board.account.lock", _("Lock account"), _("Account locked"))
    actions.register_action("board.account.unlock", _("Unlock account"), _("Account unlocked"))
    actions.register_action(
        "board.account.force_reset", _("Force password reset"), _("Password reset forced")
    )
