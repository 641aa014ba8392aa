from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BoardConfig(AppConfig):
    name = "board"
    verbose_name = _("Editorial board")

    def ready(self):
        from . import receivers, signals  # noqa: F401
        from .services.provisioning import register_site_hooks

        register_site_hooks()
