"""A journalist's acknowledgement survives the mail server being down."""

from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from pressroom.conftest import run_background_tasks
from pressroom.inquiries.models import Inquiry
from pressroom.outbox.models import OutgoingEmail
from pressroom.outbox.tests.test_mail_server_outage import free_port

pytestmark = pytest.mark.django_db


class Mailbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.SMTP))
        return "250 Message accepted for delivery"


def test_an_inquiry_sent_while_the_mail_server_is_down_is_acknowledged_later(
    client, serbian_form_page, submission, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = 5
    settings.OUTBOX_RETRY_DELAYS = [0]

    response = client.post(
        serbian_form_page.url,
        submission(reply_language="sr", email="vesna@radiosava.example.org"),
    )
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()

    # Nobody listens on the port: the worker tries twice and keeps the mail.
    run_background_tasks(max_tasks=2)
    email = OutgoingEmail.objects.get()
    assert email.status == OutgoingEmail.Status.PENDING
    assert email.attempts == 2

    mailbox = Mailbox()
    server = Controller(mailbox, hostname="127.0.0.1", port=settings.EMAIL_PORT)
    server.start()
    try:
        run_background_tasks()
        run_background_tasks()
    finally:
        server.stop()

    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.SENT
    [message] = mailbox.messages
    assert message["To"] == "vesna@radiosava.example.org"
    # A long encoded subject is folded; the folding adds the leading space.
    assert message["Subject"].strip() == f"Примили смо ваш упит {inquiry.reference}"
    assert inquiry.status_token in message.get_content()
