"""Public inquiry URLs, under each reading language's prefix.

The segment is translated (docs/glossary.md); the English one answers
Serbian prefixes with a permanent redirect, for links in e-mails sent before.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from pressroom.languages.moved import moved_to

from . import views

urlpatterns = [
    path(_("media-desk-figures/"), views.figures_page, name="inquiry_figures"),
    path(_("inquiry-status/<str:token>/"), views.status_page, name="inquiry_status"),
    path(
        _("inquiry-status/<str:token>/confirm-email/"),
        views.confirm_email,
        name="inquiry_confirm_email",
    ),
    path("inquiry-status/<str:token>/", moved_to("inquiry_status")),
]
