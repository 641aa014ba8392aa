from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Commune sites")

    def ready(self):
        # Receivers and Wagtail's speed-ups are installed once the models are
        # loaded, which Django guarantees only here.
        from core import hosts, restrictions, wagtail_speedups

        restrictions.connect()
        wagtail_speedups.install()
        hosts.connect()
