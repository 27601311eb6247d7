"""Admin integration: the translation overview and its menu item."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


class TranslationOverviewMenuItem(MenuItem):
    """Shown only to those who may write pages (not to the media desk or HQ)."""

    def is_shown(self, request):
        return views.may_see_translation_overview(request.user)


@hooks.register("register_admin_urls")
def register_translation_overview_url():
    return [
        path(
            "translations/",
            views.translation_overview,
            name="editorial_translation_overview",
        )
    ]


@hooks.register("register_admin_menu_item")
def register_translation_overview_menu_item():
    return TranslationOverviewMenuItem(
        _("Translations"),
        reverse("editorial_translation_overview"),
        name="translations",
        icon_name="globe",
        order=250,
    )
