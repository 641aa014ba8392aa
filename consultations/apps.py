from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Consultation on drafts")

    def ready(self):
        from consultations import receivers  # noqa: F401 - connects the signal handlers
