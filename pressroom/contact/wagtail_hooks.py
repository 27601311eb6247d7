"""The spokespeople in the admin, a snippet editors keep (not only superusers:
the Editors and Head of public affairs groups get its permissions)."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Spokesperson


class SpokespersonViewSet(SnippetViewSet):
    model = Spokesperson
    icon = "user"
    menu_label = _("Spokespeople")
    list_display = ["name_en", "role_en", "phone", "email", "sort_order"]
    search_fields = ["name_en", "name_sr", "role_en", "role_sr"]


register_snippet(SpokespersonViewSet)
