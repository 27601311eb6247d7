"""Wagtail admin integration: the "Convert Latin text to Cyrillic" page action
and the names register (a snippet)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .forms import SERBIAN_CONTENT_LANGUAGE
from .models import Name


class NameViewSet(SnippetViewSet):
    model = Name
    icon = "user"
    menu_label = _("Names register")
    list_display = ["cyrillic", "spellings"]
    search_fields = ["cyrillic", "spellings"]


register_snippet(NameViewSet)


@hooks.register("register_admin_urls")
def register_conversion_url():
    return [
        path(
            "serbian/convert-to-cyrillic/<int:page_id>/",
            views.convert_to_cyrillic,
            name="serbian_convert_to_cyrillic",
        )
    ]


@hooks.register("register_page_header_buttons")
def convert_to_cyrillic_button(page, user, view_name, next_url=None):
    """Offer the conversion on Serbian pages the user may edit."""
    if (
        page.depth > 1
        and page.locale.language_code == SERBIAN_CONTENT_LANGUAGE
        and page.permissions_for_user(user).can_edit()
    ):
        yield Button(
            _("Convert Latin text to Cyrillic"),
            reverse("serbian_convert_to_cyrillic", args=[page.pk]),
            icon_name="edit",
            priority=25,
        )
