from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "pressroom.search"
    verbose_name = _("Reader search")

    def ready(self):
        from . import index, language_indexes, names, signals

        signals.connect()
        names.connect()
        post_migrate.connect(
            language_indexes.languages_migrated,
            sender=self,
            dispatch_uid="pressroom.search.language_indexes",
        )
        post_migrate.connect(
            index.analysis_migrated,
            sender=self,
            dispatch_uid="pressroom.search.analysis",
        )
