"""The password check, refusing accounts idle too long (security.services.idle)."""

from axes.backends import AxesStandaloneBackend

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.backends import ModelBackend
from django.utils.translation import gettext as _

from security.services import idle


class IdleLockBackend(ModelBackend):
    """ModelBackend that locks an idle account when its password is presented,
    so the daily lock_idle_accounts run is not the only guard. Only at login:
    a session in use is activity, not idleness."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is not None and idle.is_idle(user):
            idle.lock_idle(user)
            if request is not None:
                # Only the holder of the right password learns why.
                messages.error(
                    request,
                    _(
                        "This account was locked after %(days)d days without use. Ask the "
                        "head of your board or the district administrator to unlock it."
                    )
                    % {"days": settings.ACCOUNT_IDLE_LOCK_DAYS},
                    fail_silently=True,
                )
            return None
        return user


class LockoutBackend(AxesStandaloneBackend):
    """axes' lockout check (first in AUTHENTICATION_BACKENDS). Without a
    request there is nobody remote to count or lock out (a shell, a command,
    Client.login in a test), so the check steps aside instead of raising."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
