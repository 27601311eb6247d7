"""The accreditations in the admin, under the Media desk menu."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import desk

# The inquiries app's submenu ("Media desk"), found by its hook's name.
MEDIA_DESK_SUBMENU = "register_media_desk_menu_item"


class AccreditationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("accreditation.view_accreditation")


desk_urls = (
    [
        path("", desk.listing, name="listing"),
        path("<int:pk>/", desk.detail, name="detail"),
        path("<int:pk>/press-card/", desk.press_card, name="press_card"),
        path("<int:pk>/<slug:decision>/", desk.decide, name="decide"),
        path("links/<int:pk>/revoke/", desk.revoke, name="revoke"),
    ],
    "accreditation_admin",
)


@hooks.register("register_admin_urls")
def register_desk_urls():
    return [path("accreditations/", include(desk_urls))]


@hooks.register(MEDIA_DESK_SUBMENU)
def accreditation_menu_item():
    return AccreditationMenuItem(
        _("Accreditations"),
        reverse_lazy("accreditation_admin:listing"),
        icon_name="user",
        order=4,
    )
