"""Which failed sign-ins count towards a lockout (django-axes).

The policy (docs/security.md), with ``AXES_FAILURE_LIMIT`` failures within
``AXES_COOLOFF_TIME``:

- A client that has not signed in to this account before is locked out
  when the user name has had that many failures from any address, or its
  address has had that many failures for any user name. Guessing from many
  addresses gains nothing.
- A *known* client keeps its own count, of failures for that user name from
  its address only, so that someone who knows a user name cannot lock its
  owner out. Known means the browser carries the signed cookie set when that
  account last signed in from it, or the account signed in successfully
  from this address within ``KNOWN_FOR``.

A successful sign-in is logged (axes' access log) before axes clears the
failures, so the client counts as known by then and only its own failures
are cleared: a guesser's count for the user name survives the owner's
sign-in.

``lockout_parameters`` is axes' ``AXES_LOCKOUT_PARAMETERS`` callable;
``KnownBrowserMiddleware`` sets the cookie after a successful sign-in.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.core import signing
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac

from axes.helpers import get_client_ip_address, get_client_username
from axes.models import AccessLog

COOKIE_NAME = "pressroom_signed_in_before"
COOKIE_SALT = "pressroom.twofactor.known-browser"
KNOWN_FOR = timedelta(days=180)
# A browser remembers this many accounts (a shared office computer).
MAX_ACCOUNTS_PER_BROWSER = 10

UNKNOWN_CLIENT = ["username", "ip_address"]  # each counted on its own
KNOWN_CLIENT = [["username", "ip_address"]]  # counted together


def _account_mark(username):
    """What the cookie keeps for an account: not its user name, a keyed digest."""
    return salted_hmac(COOKIE_SALT, username).hexdigest()[:24]


def _marks_in_cookie(request):
    try:
        marks = request.get_signed_cookie(
            COOKIE_NAME, salt=COOKIE_SALT, max_age=KNOWN_FOR
        )
    except (KeyError, signing.BadSignature):
        return []
    return marks.split(":")


def is_known_client(request, username):
    """True if ``username`` has signed in from this browser or this address."""
    if not username:
        return False
    if _account_mark(username) in _marks_in_cookie(request):
        return True
    address = getattr(request, "axes_ip_address", None) or get_client_ip_address(
        request
    )
    return AccessLog.objects.filter(
        username=username,
        ip_address=address,
        attempt_time__gte=timezone.now() - KNOWN_FOR,
    ).exists()


def lockout_parameters(request_or_attempt, credentials=None):
    """axes' lockout parameters for this sign-in attempt (see the module)."""
    if not isinstance(request_or_attempt, HttpRequest):
        return UNKNOWN_CLIENT
    username = get_client_username(request_or_attempt, credentials)
    if is_known_client(request_or_attempt, username):
        return KNOWN_CLIENT
    return UNKNOWN_CLIENT


@receiver(user_logged_in, dispatch_uid="pressroom.twofactor.remember_browser")
def _remember_sign_in(sender, request, user, **kwargs):
    if request is not None:
        request.pressroom_signed_in_as = user.get_username()


class KnownBrowserMiddleware:
    """After a successful sign-in, mark the browser as known for that account."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        username = getattr(request, "pressroom_signed_in_as", None)
        if username:
            marks = [_account_mark(username)] + [
                mark
                for mark in _marks_in_cookie(request)
                if mark != _account_mark(username)
            ]
            response.set_signed_cookie(
                COOKIE_NAME,
                ":".join(marks[:MAX_ACCOUNTS_PER_BROWSER]),
                salt=COOKIE_SALT,
                max_age=int(KNOWN_FOR.total_seconds()),
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
