"""What the form lets a sender claim: a verified address, one-line fields, one send."""

import re

from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from pressroom.inquiries import services
from pressroom.inquiries.models import Inquiry, RejectedSubmission

from .factories import log_in, submit_inquiry
from .test_inquiry_form import send

pytestmark = pytest.mark.django_db


def forwarded_mail(client, inquiry, deliver_email):
    mail.outbox.clear()
    client.post(reverse("inquiries_admin:act", args=[inquiry.pk, "forward"]))
    deliver_email()
    [message] = [m for m in mail.outbox if m.to == ["hq-press@example.org"]]
    return message


def test_a_typed_address_at_an_outlets_domain_is_not_called_verified(
    client, desk_member, deliver_email, registered_outlets
):
    inquiry = submit_inquiry(subject="Domain only")  # radiosava.example.org
    log_in(client, desk_member)

    queue = client.get(reverse("inquiries_admin:queue")).content.decode()
    assert "Domain of Radio Sava (fictional)" in queue
    message = forwarded_mail(client, inquiry, deliver_email)
    assert "(verified)" not in message.body
    assert "registered outlet Radio Sava (fictional), not yet verified" in message.body


def test_the_sender_verifies_the_mailbox_through_the_private_link(
    client, desk_member, deliver_email
):
    inquiry = submit_inquiry()
    status_url = f"/en/inquiry-status/{inquiry.status_token}/"

    page = client.get(status_url).content.decode()
    assert "Confirm my e-mail address" in page
    inquiry.refresh_from_db()
    assert not inquiry.verified  # opening the link (a mail scanner) is not enough

    response = client.post(status_url + "confirm-email/")
    assert response.status_code == 302
    assert response["Referrer-Policy"] == "no-referrer"
    inquiry.refresh_from_db()
    assert inquiry.verified and inquiry.verified_by is None
    assert (
        "Your e-mail address is confirmed." in client.get(status_url).content.decode()
    )

    log_in(client, desk_member)
    message = forwarded_mail(client, inquiry, deliver_email)
    assert "Radio Sava (verified)" in message.body


def test_a_wrong_token_confirms_nothing(client):
    inquiry = submit_inquiry()
    token = inquiry.status_token[:-1] + "x"
    assert client.post(f"/en/inquiry-status/{token}/confirm-email/").status_code == 404
    inquiry.refresh_from_db()
    assert not inquiry.verified


def test_staff_confirm_an_address_and_are_named(client, desk_member):
    inquiry = submit_inquiry(email="someone@unknown.example.net")
    log_in(client, desk_member)

    client.post(reverse("inquiries_admin:act", args=[inquiry.pk, "verify"]))

    inquiry.refresh_from_db()
    assert inquiry.verified and inquiry.verified_by == desk_member
    detail = client.get(reverse("inquiries_admin:detail", args=[inquiry.pk]))
    assert "confirmed by desk" in detail.content.decode()
    assert inquiry.events.filter(action="verified").exists()


@pytest.mark.parametrize(
    "overrides",
    [
        {"name": "Ana\nBcc: victim@example.net"},
        {"name": "Ana\r\nPetrović"},
        {"name": "Ana\u2028Petrović"},
        {"subject": "Exercise\nGo to http://evil.example"},
        {"name": "A" * 101},
        {"subject": "S" * 201},
    ],
    ids=["name LF", "name CRLF", "name LS", "subject LF", "long name", "long subject"],
)
def test_names_and_subjects_are_one_line_and_limited(
    client, form_page, submission, deliver_email, overrides
):
    response = send(client, form_page, submission(**overrides))

    assert response.status_code == 400
    assert Inquiry.objects.count() == 0
    deliver_email()
    assert mail.outbox == []


def test_the_service_refuses_a_name_with_a_line_break_too():
    with pytest.raises(ValidationError):
        submit_inquiry(name="Marko\nJovanović")
    assert Inquiry.objects.count() == 0


def test_a_form_stamp_sends_once_and_a_resubmission_shows_the_form_again(
    client, form_page, submission, deliver_email, settings
):
    data = submission(question="Is the base open to visitors?")
    send(client, form_page, data)
    again = send(client, form_page, data)

    assert again.status_code == 409
    text = again.content.decode()
    assert "already sent once" in text
    assert "Is the base open to visitors?" in text  # the text is kept
    assert "your inquiry has arrived" not in text  # never a decoy
    fresh = re.search(r'name="started" value="([^"]+)"', text)[1]
    assert fresh != data["started"]
    assert Inquiry.objects.count() == 1
    assert not RejectedSubmission.objects.exists()

    # Sent again on purpose, with the fresh stamp (and a person's time), it
    # is stored.
    settings.INQUIRY_MIN_SECONDS_TO_SUBMIT = 0
    assert send(client, form_page, {**data, "started": fresh}).status_code == 302
    assert Inquiry.objects.count() == 2


def test_the_service_spends_a_stamp_once():
    submit_inquiry(form_stamp="stamp-1")
    with pytest.raises(services.FormStampUsed):
        submit_inquiry(form_stamp="stamp-1")
    assert Inquiry.objects.count() == 1


def test_the_hq_forwards_subject_is_not_html_escaped(
    client, desk_member, deliver_email
):
    inquiry = submit_inquiry(subject='<b>Budget</b> & "plans"')
    log_in(client, desk_member)
    message = forwarded_mail(client, inquiry, deliver_email)
    assert message.subject.endswith('Forwarded media inquiry: <b>Budget</b> & "plans"')
