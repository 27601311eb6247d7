"""While the mail server is down nothing is lost; the mail goes out when it is back."""

import pytest

from pressroom.outbox.models import OutgoingEmail
from pressroom.outbox.sending import send_email
from pressroom.testing import run_background_tasks

pytestmark = pytest.mark.django_db


def test_mail_waits_for_the_server_and_goes_out_once(mail_server, email_templates):
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

    mail_server.start()
    run_background_tasks()
    run_background_tasks()

    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.SENT
    [message] = mail_server.messages
    assert message["To"] == "novinar@example.org"
    assert message["Subject"] == "Najnovije vesti: Đurđevdan"


def test_mail_is_given_up_after_the_last_attempt(
    mail_server, email_templates, settings
):
    settings.OUTBOX_MAX_ATTEMPTS = 2
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
