"""Who may set up an authenticator app, and with what.

The password alone never enrols a device: a first authenticator app is set
up only through a one-time enrolment link, which reaches the account's owner
by e-mail (asked for on the set-up page) or from an administrator (in the
admin, or printed by ``manage.py enrolment_link``). The link works only for
the account it was issued for, once, and only after that account's password;
it expires after ``TWO_FACTOR_ENROLMENT_LINK_HOURS``. Replacing a working
device needs a sign-in confirmed with it (``views.replace``), or an
administrator who removes it.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from wagtail.users.models import UserProfile

from django_otp.plugins.otp_totp.models import TOTPDevice

from pressroom.languages.reading import BY_CODE
from pressroom.outbox.sending import send_email
from pressroom.sitesetup.address import site_address

from .models import EnrolmentLink

# A new link by e-mail at most this often per account, so that whoever has
# the password cannot fill the owner's mailbox.
EMAIL_INTERVAL = timedelta(minutes=10)


def _hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def has_authenticator(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def enrolment_link_for(user, *, issued_by=None):
    """Create a one-time enrolment link for ``user``; return its absolute URL.

    Used by the set-up page's e-mail, the admin, ``manage.py enrolment_link``
    and ``setup_site`` (the first administrator). Only the token's hash is
    stored, so the URL can be shown once only.
    """
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    EnrolmentLink.objects.create(
        user=user,
        token_hash=_hash(token),
        created_at=now,
        expires_at=now + timedelta(hours=settings.TWO_FACTOR_ENROLMENT_LINK_HOURS),
        issued_by=issued_by,
    )
    return site_address(reverse("twofactor:enrol", args=[token]))


def enrolment_link_find(*, token, user):
    """The usable link with this token for this user, or None."""
    if not token or len(token) > 100:
        return None
    return (
        EnrolmentLink.objects.usable()
        .filter(token_hash=_hash(token), user=user)
        .first()
    )


def _reading_language(user):
    preferred = UserProfile.get_for_user(user).get_preferred_language()
    return preferred if preferred in BY_CODE else "en"


def enrolment_link_email(*, user, issued_by=None):
    """E-mail a new link to the account's own address; True if it was queued.

    Asked for by the user (``issued_by`` None), at most once per
    ``EMAIL_INTERVAL``; an administrator may send one at any time.
    """
    if not user.email:
        return False
    with transaction.atomic():
        recent = EnrolmentLink.objects.filter(
            user=user,
            issued_by__isnull=True,
            created_at__gt=timezone.now() - EMAIL_INTERVAL,
        )
        if issued_by is None and recent.exists():
            return False
        url = enrolment_link_for(user, issued_by=issued_by)
        send_email(
            to=user.email,
            template="twofactor/email/enrolment_link",
            context={
                "user": user,
                "url": url,
                "hours": settings.TWO_FACTOR_ENROLMENT_LINK_HOURS,
            },
            reading_language=_reading_language(user),
        )
    return True


def enrolment_complete(*, user, device):
    """Confirm ``device`` as the user's only authenticator; spend every link."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        EnrolmentLink.objects.filter(user=user, used_at__isnull=True).update(
            used_at=timezone.now()
        )


def authenticator_remove(*, user):
    """Remove every authenticator of ``user`` (a lost phone)."""
    TOTPDevice.objects.filter(user=user).delete()
