from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Sites and sections")

    def ready(self):
        # Signal receivers are connected at app loading, as Django advises.
        from home import cache_invalidation

        cache_invalidation.connect()
