from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "pressroom.editorial"
    verbose_name = _("Editorial workflow")
