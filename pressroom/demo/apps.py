from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "pressroom.demo"
    verbose_name = "Demo content"
