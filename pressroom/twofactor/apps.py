from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TwoFactorConfig(AppConfig):
    name = "pressroom.twofactor"
    verbose_name = _("Two-factor sign-in")

    def ready(self):
        # Connects the receiver that marks a browser after a sign-in.
        from . import lockout  # noqa: F401
