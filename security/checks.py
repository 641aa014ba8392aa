"""Deployment checks of the login protection."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def demo_authenticators_stay_in_development(app_configs, **kwargs):
    """Demo accounts with printed authenticator secrets must never reach a
    server: with them anyone who reads the demo's output passes the second
    factor."""
    if getattr(settings, "DEMO_TWO_FACTOR", False) and not settings.DEBUG:
        return [
            checks.Error(
                "DEMO_TWO_FACTOR is on without DEBUG.",
                hint="It is for development settings only; remove it.",
                id="security.E001",
            )
        ]
    return []
