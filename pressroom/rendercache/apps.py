from django.apps import AppConfig


class RenderCacheConfig(AppConfig):
    name = "pressroom.rendercache"
    verbose_name = "Render cache"

    def ready(self):
        from . import changes

        changes.connect()
