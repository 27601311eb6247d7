"""A journalist's acknowledgement survives the mail server being down."""

import pytest

from pressroom.inquiries.models import Inquiry
from pressroom.outbox.models import OutgoingEmail
from pressroom.testing import run_background_tasks

pytestmark = pytest.mark.django_db


def test_an_inquiry_sent_while_the_mail_server_is_down_is_acknowledged_later(
    client, serbian_form_page, submission, mail_server
):
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

    mail_server.start()
    run_background_tasks()
    run_background_tasks()

    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.SENT
    [message] = mail_server.messages
    assert message["To"] == "vesna@radiosava.example.org"
    # A long encoded subject is folded; the folding adds the leading space.
    assert message["Subject"].strip() == f"Примили смо ваш упит {inquiry.reference}"
    assert inquiry.status_token in message.get_content()
