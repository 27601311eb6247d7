from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "pressroom.demo"
    verbose_name = "Demo content"

    def ready(self):
        # Registers the deployment check against the demo's password.
        from . import checks  # noqa: F401
