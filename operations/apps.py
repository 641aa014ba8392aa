from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Backups, restores and the audit log's retention: commands, no models."""

    name = "operations"
    verbose_name = _("Operations")
