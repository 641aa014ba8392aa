from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BoardConfig(AppConfig):
    name = "board"
    verbose_name = _("Editorial board")

    def ready(self):
        # Signal receivers are connected at app loading, as Django advises.
        from board import receivers  # noqa: F401
        from board.services.provisioning import on_site_created
        from home.signals import site_created

        site_created.connect(on_site_created, dispatch_uid="board.provision_site")
