"""The per-address limit delays an inquiry; it never loses one."""

from unittest import mock

from django.core import mail
from django.urls import reverse

import pytest

from pressroom.inquiries.models import Inquiry, InquiryEvent, RejectedSubmission

from .factories import log_in
from .test_inquiry_form import send

pytestmark = pytest.mark.django_db


def test_posts_with_form_errors_do_not_count_toward_the_limit(
    client, form_page, submission, settings, deliver_email
):
    settings.INQUIRY_RATE_LIMIT_PER_HOUR = 2
    for _ in range(3):
        assert send(client, form_page, submission(email="typo")).status_code == 400
    for _ in range(2):
        send(client, form_page, submission())

    assert Inquiry.objects.filter(held="").count() == 2
    deliver_email()
    assert len(mail.outbox) == 2


def test_an_inquiry_over_the_limit_is_stored_confirmed_and_its_mail_held(
    client, form_page, submission, settings, deliver_email
):
    settings.INQUIRY_RATE_LIMIT_PER_HOUR = 1
    send(client, form_page, submission(email="first@glasnik.example.org"))
    response = send(client, form_page, submission(email="second@glasnik.example.org"))

    assert response.status_code == 302
    held = Inquiry.objects.get(email="second@glasnik.example.org")
    assert held.held == Inquiry.Hold.RATE_LIMIT
    confirmation = client.get(response["Location"]).content.decode()
    assert held.reference in confirmation
    assert "once our staff have looked at it" in confirmation
    assert "We have sent a confirmation" not in confirmation
    assert not RejectedSubmission.objects.exists()
    deliver_email()
    assert [message.to for message in mail.outbox] == [["first@glasnik.example.org"]]


def test_the_desk_sees_a_held_inquiry_and_releasing_it_sends_the_acknowledgement(
    client, form_page, submission, settings, deliver_email, desk_member
):
    settings.INQUIRY_RATE_LIMIT_PER_HOUR = 1
    send(client, form_page, submission())
    send(client, form_page, submission(email="held@glasnik.example.org"))
    held = Inquiry.objects.get(email="held@glasnik.example.org")
    deliver_email()
    mail.outbox.clear()

    log_in(client, desk_member)
    queue = client.get(reverse("inquiries_admin:queue") + "?held=yes").content.decode()
    assert held.reference in queue and "To review (rate limit)" in queue
    detail = client.get(reverse("inquiries_admin:detail", args=[held.pk]))
    assert "Release and send the acknowledgement" in detail.content.decode()

    client.post(reverse("inquiries_admin:act", args=[held.pk, "release"]))
    client.post(reverse("inquiries_admin:act", args=[held.pk, "release"]))

    held.refresh_from_db()
    assert held.held == Inquiry.Hold.NONE
    assert held.events.filter(action=InquiryEvent.Action.RELEASED).count() == 1
    deliver_email()
    [message] = mail.outbox
    assert message.to == ["held@glasnik.example.org"]
    assert held.reference in message.subject


def test_a_held_inquiry_cannot_be_answered_before_it_is_released(
    client, form_page, submission, settings, deliver_email, desk_member
):
    settings.INQUIRY_RATE_LIMIT_PER_HOUR = 1
    send(client, form_page, submission())
    send(client, form_page, submission(email="held@glasnik.example.org"))
    held = Inquiry.objects.get(email="held@glasnik.example.org")
    log_in(client, desk_member)

    client.post(
        reverse("inquiries_admin:act", args=[held.pk, "answer"]), {"text": "Yes."}
    )

    held.refresh_from_db()
    assert held.status == Inquiry.Status.NEW and held.answer == ""


def test_with_the_cache_down_the_limit_fails_open_and_the_inquiry_is_stored(
    client, form_page, submission, settings, deliver_email
):
    settings.INQUIRY_RATE_LIMIT_PER_HOUR = 1
    down = mock.Mock(side_effect=ConnectionError("Redis is down"))
    broken_cache = mock.Mock(add=down, incr=down, set=down)
    with mock.patch("pressroom.ratelimits.limits.cache", broken_cache):
        response = send(client, form_page, submission())

    assert response.status_code == 302
    assert Inquiry.objects.get().held == Inquiry.Hold.NONE
    deliver_email()
    assert len(mail.outbox) == 1
