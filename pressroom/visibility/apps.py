from django.apps import AppConfig


class VisibilityConfig(AppConfig):
    name = "pressroom.visibility"
    verbose_name = "What readers may see"
