"""Hand stored messages to the mail server, retrying until it takes them."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import OutgoingEmail

logger = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)


def retry_delay(attempts):
    """Seconds to wait after failed attempt number ``attempts`` (the last repeats)."""
    delays = settings.OUTBOX_RETRY_DELAYS
    return delays[min(attempts, len(delays)) - 1]


def _lease(pk, now):
    """Take the message for this worker; False if it is sent or held by another."""
    with transaction.atomic():
        return bool(
            OutgoingEmail.objects.filter(pk=pk, status=OutgoingEmail.Status.PENDING)
            .filter(Q(leased_until__isnull=True) | Q(leased_until__lt=now))
            .update(leased_until=now + LEASE)
        )


def _message(email):
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=email.to,
        reply_to=email.reply_to or None,
        headers=email.headers or None,
        connection=get_connection(fail_silently=False),
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    return message


def deliver(pk):
    """Try to send one stored message.

    Returns the number of seconds after which it should be tried again, or
    None when there is nothing more to do (sent, given up, or not ours).
    """
    now = timezone.now()
    if not _lease(pk, now):
        return None
    email = OutgoingEmail.objects.filter(pk=pk).first()
    if email is None:  # withdrawn (an erasure) after it was leased
        return None
    try:
        _message(email).send()
    except Exception as error:  # noqa: BLE001 - any failure means "try later"
        email.attempts += 1
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        email.leased_until = None
        if email.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
            email.status = OutgoingEmail.Status.FAILED
            email.next_attempt_at = None
            delay = None
            logger.error("Gave up e-mail %s after %s attempts", pk, email.attempts)
        else:
            delay = retry_delay(email.attempts)
            email.next_attempt_at = now + timedelta(seconds=delay)
            logger.warning("E-mail %s not sent, retrying in %ss: %s", pk, delay, error)
        email.save(
            update_fields=[
                "attempts",
                "last_error",
                "leased_until",
                "status",
                "next_attempt_at",
            ]
        )
        return delay
    email.attempts += 1
    email.status = OutgoingEmail.Status.SENT
    email.sent_at = timezone.now()
    email.leased_until = None
    email.next_attempt_at = None
    email.last_error = ""
    email.save()
    return None


def outstanding(now=None):
    """Messages waiting to be sent whose next attempt is due."""
    now = now or timezone.now()
    return OutgoingEmail.objects.filter(status=OutgoingEmail.Status.PENDING).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


def retry_now(pk):
    """Try a pending or failed message again at once; False if there is none.

    A message that was given up starts its attempts afresh. The lease still
    keeps two workers from sending the same message.
    """
    from .tasks import deliver_email

    retryable = OutgoingEmail.objects.filter(
        pk=pk, status__in=[OutgoingEmail.Status.PENDING, OutgoingEmail.Status.FAILED]
    )
    with transaction.atomic():
        retryable.filter(status=OutgoingEmail.Status.FAILED).update(
            status=OutgoingEmail.Status.PENDING, attempts=0
        )
        if not retryable.update(next_attempt_at=None):
            return False
        deliver_email.enqueue(pk)
    return True
