from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BoardConfig(AppConfig):
    name = "board"
    verbose_name = _("Editorial board")

    def ready(self):
        # Signal receivers are connected at app loading, as Django advises.
        from board import receivers  # noqa: F401
