"""A journalist sends an inquiry: stored, a reference, an e-mail, a status page."""

import re

from django.core import mail

import pytest

from pressroom.inquiries.models import Inquiry, RejectedSubmission

pytestmark = pytest.mark.django_db


def send(client, page, data, language="en", **extra):
    from pressroom.testing import url_in_reading_language

    return client.post(url_in_reading_language(page, language), data, **extra)


def test_the_form_is_offered_in_every_reading_language(
    client, form_page, serbian_form_page, reading_url
):
    english = client.get(reading_url(form_page, "en"))
    assert english.status_code == 200
    assert "Your question" in english.content.decode()
    cyrillic = client.get(reading_url(serbian_form_page, "sr")).content.decode()
    assert "Ваше питање" in cyrillic
    latin = client.get(reading_url(serbian_form_page, "sr-latn")).content.decode()
    assert "Vaše pitanje" in latin


def test_a_submission_is_stored_with_a_reference_and_acknowledged(
    client, form_page, submission, deliver_email
):
    response = send(client, form_page, submission())

    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert re.fullmatch(r"MLO-\d{4}-\d{5}", inquiry.reference)
    assert inquiry.is_media and inquiry.status == Inquiry.Status.NEW
    assert inquiry.response_due_at is not None

    confirmation = client.get(response["Location"])
    assert inquiry.reference in confirmation.content.decode()

    deliver_email()
    [message] = mail.outbox
    assert message.to == ["ana@glasnik.example.org"]
    assert inquiry.reference in message.subject
    status_link = re.search(r"https?://\S+/en/inquiry-status/\S+/", message.body)[0]
    assert inquiry.status_token in status_link


def test_the_acknowledgement_is_in_the_journalists_language_and_script(
    client, serbian_form_page, submission, deliver_email
):
    send(client, serbian_form_page, submission(reply_language="sr-latn"), "sr")
    deliver_email()
    [message] = mail.outbox
    assert "Primili smo vaš upit" in message.subject
    assert "/sr-latn/status-upita/" in message.body
    assert not re.search("[а-яА-ЯђћџљњЂЋЏЉЊ]", message.body)


def test_the_status_page_shows_status_and_answer(client, form_page, submission):
    send(client, form_page, submission())
    inquiry = Inquiry.objects.get()
    inquiry.answer = "The exercise starts on Monday."
    inquiry.status = Inquiry.Status.ANSWERED
    inquiry.save()

    page = client.get(f"/en/inquiry-status/{inquiry.status_token}/")

    text = page.content.decode()
    assert page.status_code == 200
    assert "Answered" in text and "The exercise starts on Monday." in text
    assert page["Referrer-Policy"] == "no-referrer"


def test_a_wrong_status_token_finds_nothing(client, form_page, submission):
    send(client, form_page, submission())
    token = Inquiry.objects.get().status_token
    assert client.get(f"/en/inquiry-status/{token[:-1]}x/").status_code == 404
    assert client.get("/en/inquiry-status/-/").status_code == 404


def test_a_registered_outlets_domain_is_matched_but_not_verified(
    client, form_page, submission, registered_outlets
):
    send(client, form_page, submission(email="ana@glasnik.example.org"))
    send(client, form_page, submission(email="ana@elsewhere.example.net"))
    matching, other = Inquiry.objects.order_by("pk")
    assert matching.matched_outlet.name.startswith("Dnevni")
    assert other.matched_outlet is None
    assert not matching.verified and not other.verified


@pytest.mark.parametrize(
    "overrides",
    [{"says_private_person": "on"}, {"outlet": ""}],
    ids=["private person", "no outlet"],
)
def test_a_request_not_from_the_media_is_kept_but_explained(
    client, form_page, submission, deliver_email, overrides
):
    response = send(client, form_page, submission(**overrides))

    inquiry = Inquiry.objects.get()
    assert not inquiry.is_media
    assert inquiry.response_due_at is None
    confirmation = client.get(response["Location"]).content.decode()
    assert "media only" in confirmation
    deliver_email()
    [message] = mail.outbox
    assert "media inquiries only" in message.subject


def test_a_deadline_is_a_date_and_time_in_belgrade(client, form_page, submission):
    send(
        client,
        form_page,
        submission(deadline_date="2099-06-01", deadline_time="14:30"),
    )
    deadline = Inquiry.objects.get().deadline
    assert deadline.isoformat() == "2099-06-01T12:30:00+00:00"


def test_errors_are_shown_in_the_readers_language_and_nothing_is_stored(
    client, serbian_form_page, submission
):
    response = send(
        client,
        serbian_form_page,
        submission(
            email="not-an-address", deadline_date="2001-01-01", deadline_time="09:00"
        ),
        "sr-latn",
    )

    assert response.status_code == 400
    text = response.content.decode()
    assert "Rok je prošao" in text
    assert "not-an-address" in text  # what was typed is kept
    assert Inquiry.objects.count() == 0


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"website": "http://spam.example"}, RejectedSubmission.Reason.HONEYPOT),
        ({"started": "forged"}, RejectedSubmission.Reason.BAD_TIMESTAMP),
    ],
)
def test_spam_sees_the_same_confirmation_and_is_counted(
    client, form_page, submission, deliver_email, overrides, reason
):
    response = send(client, form_page, submission(**overrides))

    assert response.status_code == 302
    confirmation = client.get(response["Location"]).content.decode()
    assert "your inquiry has arrived" in confirmation
    assert re.search(r"MLO-\d{4}-\d{5}", confirmation)
    assert Inquiry.objects.count() == 0
    assert RejectedSubmission.objects.get(reason=reason).count == 1
    deliver_email()
    assert mail.outbox == []


def test_a_form_sent_faster_than_a_person_can_is_spam(client, form_page, submission):
    from pressroom.inquiries.forms import signed_start_time

    send(client, form_page, submission(started=signed_start_time()))
    assert Inquiry.objects.count() == 0
    assert RejectedSubmission.objects.get().reason == "too_fast"


def test_over_the_hourly_limit_inquiries_are_kept_for_review_not_dropped(
    client, form_page, submission, settings
):
    settings.INQUIRY_RATE_LIMIT_PER_HOUR = 2
    for _ in range(4):
        send(client, form_page, submission())
    assert Inquiry.objects.count() == 4
    assert Inquiry.objects.filter(held="rate_limit").count() == 2
    assert not RejectedSubmission.objects.exists()


def test_a_person_who_sends_an_empty_form_at_once_sees_the_errors(client, form_page):
    from pressroom.inquiries.forms import signed_start_time

    response = send(client, form_page, {"started": signed_start_time()})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert RejectedSubmission.objects.count() == 0


def test_a_request_over_the_size_limit_is_refused_before_it_is_read(
    client, form_page, submission
):
    response = send(client, form_page, submission(), CONTENT_LENGTH=str(12 * 1024**2))
    assert response.status_code == 413
    assert "at most 10 MB" in response.content.decode()
    assert Inquiry.objects.count() == 0


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_the_private_person_checkbox_label_has_no_stray_colon(
    client, form_page, serbian_form_page, language
):
    from bs4 import BeautifulSoup

    from pressroom.testing import url_in_reading_language

    page = form_page if language == "en" else serbian_form_page
    response = client.get(url_in_reading_language(page, language))
    soup = BeautifulSoup(response.content, "html.parser")
    label = soup.select_one(".form-field--checkbox label").get_text()
    assert label in {
        "I am asking as a private person, not for the media",
        "Питам као приватно лице, не у име медија",
        "Pitam kao privatno lice, ne u ime medija",
    }
