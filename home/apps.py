from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Sites and sections")

    def ready(self):
        from . import cache_invalidation, restrictions, site_paths

        cache_invalidation.connect()
        restrictions.connect()
        site_paths.install()

        from website import hosts

        hosts.connect()
