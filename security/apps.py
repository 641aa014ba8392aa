from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Login protection: lockout (django-axes), a second factor on every admin
    URL (django-otp), the password policy and idle-account locking. No models
    of its own: axes and django-otp keep theirs, the lock state lives in
    board.AccountSecurity."""

    name = "security"
    verbose_name = _("Login protection")
