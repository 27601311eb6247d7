"""Admin integration: replacing one's own app; administrators' enrolment links."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from . import views
from .enrolment import has_authenticator


@hooks.register("register_admin_urls")
def register_manage_user_url():
    # Not under /admin/two-factor/, which the middleware opens to sessions
    # that have not passed the second step.
    return [
        path(
            "authenticators/<int:user_id>/",
            views.manage_user,
            name="twofactor_manage_user",
        )
    ]


@hooks.register("register_user_listing_buttons")
def user_listing_authenticator_button(user, request_user):
    if request_user.is_superuser:
        yield Button(
            _("Two-factor sign-in"),
            reverse("twofactor_manage_user", args=[user.pk]),
            icon_name="key",
            priority=60,
        )


@hooks.register("register_account_menu_item")
def replace_authenticator_menu_item(request):
    if not has_authenticator(request.user):
        return None
    return {
        "url": reverse("twofactor:replace"),
        "label": _("Move two-factor sign-in to a new phone"),
        "help_text": _(
            "Set up your authenticator app on a new phone; the old one stops working."
        ),
    }
