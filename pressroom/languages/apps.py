from django.apps import AppConfig


class LanguagesConfig(AppConfig):
    name = "pressroom.languages"
    verbose_name = "Reading languages"
