from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "pressroom.search"
    verbose_name = _("Reader search")

    def ready(self):
        from . import names, signals

        signals.connect()
        names.connect()
