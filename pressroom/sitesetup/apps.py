from django.apps import AppConfig


class SiteSetupConfig(AppConfig):
    name = "pressroom.sitesetup"
    verbose_name = "Site setup"
