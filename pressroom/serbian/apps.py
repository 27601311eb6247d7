from django.apps import AppConfig


class SerbianConfig(AppConfig):
    name = "pressroom.serbian"
    verbose_name = "Serbian scripts"

    def ready(self):
        from . import signals

        signals.connect()
