from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Commune sites")

    def ready(self):
        # Receivers, Wagtail's speed-ups and its missing words are installed once the models are
        # loaded, which Django guarantees only here.
        from core import hosts, restrictions, wagtail_speedups, wagtail_words

        restrictions.connect()
        wagtail_speedups.install()
        wagtail_words.install()
        hosts.connect()
