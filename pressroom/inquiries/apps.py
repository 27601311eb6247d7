from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InquiriesConfig(AppConfig):
    name = "pressroom.inquiries"
    verbose_name = _("Media inquiries")

    def ready(self):
        from . import signals

        signals.connect()
