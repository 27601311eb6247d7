"""A message is stored with its cause, then sent by the worker in the right script."""

from django.core import mail
from django.db import transaction

import pytest

from pressroom.outbox.models import OutgoingEmail
from pressroom.outbox.sending import send_email

pytestmark = pytest.mark.django_db

CONTEXT = {"name": "Љиљана Џаковић", "title": "Њујорк и ЂУРЂЕВДАН"}


def test_mail_is_stored_first_and_sent_by_the_worker(email_templates, deliver_email):
    email = send_email(
        to="novinar@example.org",
        template=email_templates,
        context=CONTEXT,
        reading_language="sr",
        headers={"List-Unsubscribe": "<https://example.org/odjava/>"},
    )

    assert mail.outbox == []
    assert OutgoingEmail.objects.get().status == OutgoingEmail.Status.PENDING

    deliver_email()

    [message] = mail.outbox
    assert message.to == ["novinar@example.org"]
    assert message.subject == "Најновије вести: Њујорк и ЂУРЂЕВДАН"
    assert "Најновије вести, Љиљана Џаковић." in message.body
    assert message.extra_headers["List-Unsubscribe"] == "<https://example.org/odjava/>"
    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.SENT
    assert email.sent_at is not None


def test_latin_readers_get_letter_perfect_latin(email_templates, deliver_email):
    send_email(
        to=["novinar@example.org"],
        template=email_templates,
        context=CONTEXT,
        reading_language="sr-latn",
    )
    deliver_email()

    [message] = mail.outbox
    assert message.subject == "Najnovije vesti: Njujork i ĐURĐEVDAN"
    assert "Najnovije vesti, Ljiljana Džaković." in message.body
    assert "https://example.org/ђ" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<a href="https://example.org/ђ">Njujork i ĐURĐEVDAN</a>' in html
    assert 'lang="sr-latn"' in html


def test_english_readers_get_english(email_templates, deliver_email):
    send_email(
        to="reporter@example.org",
        template=email_templates,
        context={"name": "Ann Lee", "title": "A visit"},
        reading_language="en",
    )
    deliver_email()

    assert mail.outbox[0].subject == "Latest news: A visit"


def test_nothing_is_sent_when_the_cause_is_rolled_back(email_templates, deliver_email):
    with pytest.raises(RuntimeError), transaction.atomic():
        send_email(
            to="novinar@example.org",
            template=email_templates,
            context=CONTEXT,
            reading_language="sr",
        )
        raise RuntimeError("the inquiry could not be stored")
    deliver_email()

    assert OutgoingEmail.objects.count() == 0
    assert mail.outbox == []


def test_a_message_is_sent_once_even_if_enqueued_twice(email_templates, deliver_email):
    from pressroom.outbox.tasks import deliver_email as deliver_task

    email = send_email(
        to="novinar@example.org",
        template=email_templates,
        context=CONTEXT,
        reading_language="sr",
    )
    deliver_task.enqueue(email.pk)
    deliver_email()

    assert len(mail.outbox) == 1


def test_unknown_reading_language_is_refused(email_templates):
    with pytest.raises(ValueError, match="reading language"):
        send_email(
            to="a@example.org",
            template=email_templates,
            context=CONTEXT,
            reading_language="de",
        )
    assert OutgoingEmail.objects.count() == 0
