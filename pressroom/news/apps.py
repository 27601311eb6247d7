from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "pressroom.news"
    verbose_name = _("Newsroom")

    def ready(self):
        from . import signals

        signals.connect()
