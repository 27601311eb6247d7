from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BrandingConfig(AppConfig):
    name = "pressroom.branding"
    verbose_name = _("Logo and icons")
