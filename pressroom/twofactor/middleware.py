"""Keep staff who need a second factor out of the admin until they give it."""

from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse

from django_otp.plugins.otp_totp.models import TOTPDevice

from .policy import requires_two_factor

ADMIN_PREFIX = "/admin/"
# Reachable before the second step: signing in and out, the two-factor pages
# themselves, and the admin's JavaScript translations they load.
OPEN_ADMIN_PATHS = (
    "/admin/login/",
    "/admin/logout/",
    "/admin/password_reset/",
    "/admin/two-factor/",
    "/admin/jsi18n/",
)


class TwoFactorMiddleware:
    """Send unverified administrators, media desk and HQ staff to the second step.

    Runs after django-otp's OTPMiddleware, which tells whether this session
    was confirmed with a device.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        unverified = (
            request.user.is_authenticated
            and requires_two_factor(request.user)
            and not request.user.is_verified()
        )
        if unverified and not path.startswith(ADMIN_PREFIX):
            # Outside the admin (login-restricted pages, private documents)
            # a session without the second step counts as signed out.
            request.user = AnonymousUser()
            return self.get_response(request)
        if unverified and not path.startswith(OPEN_ADMIN_PATHS):
            has_device = TOTPDevice.objects.devices_for_user(
                request.user, confirmed=True
            ).exists()
            target = reverse("twofactor:verify" if has_device else "twofactor:setup")
            return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
