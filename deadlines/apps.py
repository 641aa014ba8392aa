from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeadlinesConfig(AppConfig):
    name = "deadlines"
    verbose_name = _("Publication deadlines")

    def ready(self):
        # Signal receivers are connected at app loading, as Django advises.
        from deadlines import receivers  # noqa: F401
