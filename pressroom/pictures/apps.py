from django.apps import AppConfig


class PicturesConfig(AppConfig):
    name = "pressroom.pictures"
    verbose_name = "Pictures"
