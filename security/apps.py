from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Login protection: lockout (django-axes), a second factor on every admin
    URL (django-otp), the password policy, idle-account locking, and the
    lock and forced-reset state of board accounts (security.AccountSecurity)
    with the screens where a head or a host admin changes it."""

    name = "security"
    verbose_name = _("Login protection")

    def ready(self):
        # Registers the deployment checks with Django's check framework.
        from security import checks  # noqa: F401
