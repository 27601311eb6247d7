"""Subscription pages, included under each language prefix (pressroom/urls.py).

The segments are translated (ASCII Latin in Serbian, the same under /sr/ and
/sr-latn/: docs/glossary.md); the English ones answer Serbian prefixes with a
permanent redirect, for links in e-mails sent before.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from pressroom.languages.moved import moved_to

from . import views

app_name = "subscriptions"
urlpatterns = [
    path(_("subscriptions/"), views.subscribe, name="subscribe"),
    path(_("subscriptions/check-your-inbox/"), views.check_inbox, name="check_inbox"),
    path(_("subscriptions/confirm/<slug:token>/"), views.confirm, name="confirm"),
    path(
        _("subscriptions/unsubscribe/<slug:token>/"),
        views.unsubscribe,
        name="unsubscribe",
    ),
    # The old addresses, reached only where the segments are translated.
    path("subscriptions/", moved_to("subscriptions:subscribe")),
    path("subscriptions/check-your-inbox/", moved_to("subscriptions:check_inbox")),
    path("subscriptions/confirm/<slug:token>/", moved_to("subscriptions:confirm")),
    path(
        "subscriptions/unsubscribe/<slug:token>/",
        moved_to("subscriptions:unsubscribe"),
    ),
]
