from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccreditationConfig(AppConfig):
    name = "pressroom.accreditation"
    verbose_name = _("Accreditation and embargoes")

    def ready(self):
        from . import signals

        signals.connect()
