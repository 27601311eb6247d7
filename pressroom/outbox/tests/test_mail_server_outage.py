"""While the mail server is down nothing is lost; the mail goes out when it is back."""

import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from pressroom.conftest import run_background_tasks
from pressroom.outbox.models import OutgoingEmail
from pressroom.outbox.sending import send_email

pytestmark = pytest.mark.django_db


class Mailbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.SMTP))
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_settings(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = 5
    settings.OUTBOX_RETRY_DELAYS = [0]
    return settings


def test_mail_waits_for_the_server_and_goes_out_once(smtp_settings, email_templates):
    email = send_email(
        to="novinar@example.org",
        template=email_templates,
        context={"name": "Љиљана", "title": "Ђурђевдан"},
        reading_language="sr-latn",
    )

    # The server is down: three attempts fail, the message stays waiting.
    run_background_tasks(max_tasks=3)
    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.PENDING
    assert email.attempts == 3
    assert "Connection refused" in email.last_error or "Errno" in email.last_error

    mailbox = Mailbox()
    server = Controller(mailbox, hostname="127.0.0.1", port=smtp_settings.EMAIL_PORT)
    server.start()
    try:
        run_background_tasks()
        run_background_tasks()
    finally:
        server.stop()

    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.SENT
    [message] = mailbox.messages
    assert message["To"] == "novinar@example.org"
    assert message["Subject"] == "Najnovije vesti: Đurđevdan"


def test_mail_is_given_up_after_the_last_attempt(smtp_settings, email_templates):
    smtp_settings.OUTBOX_MAX_ATTEMPTS = 2
    email = send_email(
        to="novinar@example.org",
        template=email_templates,
        context={"name": "Ана", "title": "Вест"},
        reading_language="sr",
    )

    run_background_tasks(max_tasks=10)

    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.FAILED
    assert email.attempts == 2
