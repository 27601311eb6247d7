"""The morning digest, the retention command and the statistics view."""

import io
from datetime import datetime, timedelta

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from pressroom.inquiries import services
from pressroom.inquiries.clock import BELGRADE
from pressroom.inquiries.models import Inquiry, InquiryEvent

from .factories import log_in, submit_inquiry

pytestmark = pytest.mark.django_db


def test_the_digest_lists_open_inquiries_most_urgent_first(desk_member, deliver_email):
    submit_inquiry(subject="Recent question", deadline=None)
    submit_inquiry(
        subject="Old question",
        now=datetime(2026, 1, 5, 9, 0, tzinfo=BELGRADE),
        deadline=None,
    )
    answered = submit_inquiry(subject="Answered question")
    services.inquiry_answer(inquiry=answered, text="Done", actor=desk_member)
    deliver_email()
    mail.outbox.clear()

    call_command("send_inquiry_digest", stdout=io.StringIO())
    deliver_email()

    [digest] = mail.outbox
    assert digest.to == ["desk@example.org"]
    assert "2 open inquiries" in digest.subject
    assert digest.body.index("Old question") < digest.body.index("Recent question")
    assert "Overdue" in digest.body
    assert "Answered question" not in digest.body


def test_the_digest_is_english_whatever_the_process_last_served(deliver_email):
    """A worker runs many tasks; one for a Latin reader must not leave the
    desk's digest half in Serbian."""
    submit_inquiry(
        subject="Old question",
        now=datetime(2026, 1, 5, 9, 0, tzinfo=BELGRADE),
        deadline=None,
    )
    deliver_email()
    mail.outbox.clear()

    with translation.override("sr-latn"):
        call_command("send_inquiry_digest", stdout=io.StringIO())
    deliver_email()

    [digest] = mail.outbox
    assert "Overdue" in digest.body
    assert "Rok istekao" not in digest.body


def test_retention_erases_personal_data_of_old_closed_inquiries_only(
    desk_member, tmp_path
):
    old = submit_inquiry(subject="Old and closed", phone="+381 11 000")
    services.inquiry_answer(inquiry=old, text="Answer text", actor=desk_member)
    services.inquiry_change_status(inquiry=old, status="closed", actor=desk_member)
    Inquiry.objects.filter(pk=old.pk).update(
        closed_at=timezone.now() - timedelta(days=400)
    )
    recent = submit_inquiry(subject="Recently closed")
    services.inquiry_change_status(inquiry=recent, status="closed", actor=desk_member)
    still_open = submit_inquiry(subject="Still open")
    old_token = old.status_token

    call_command("erase_old_inquiries", stdout=io.StringIO())

    old.refresh_from_db()
    assert old.personal_data_erased_at is not None
    for value in (old.name, old.email, old.phone, old.subject, old.question):
        assert "Marko" not in value and "Old and closed" not in value
    assert old.answer == "" and old.phone == ""
    assert old.status_token != old_token
    # What the figures need stays.
    assert old.reference and old.received_at and old.first_response_at
    assert old.is_media and old.status == Inquiry.Status.CLOSED
    assert InquiryEvent.objects.filter(inquiry=old, action="erased").exists()

    recent.refresh_from_db()
    still_open.refresh_from_db()
    assert (
        recent.subject == "Recently closed" and recent.personal_data_erased_at is None
    )
    assert still_open.subject == "Still open"


def test_an_erased_inquirys_old_status_link_is_gone(client, desk_member):
    inquiry = submit_inquiry()
    token = inquiry.status_token
    services.inquiry_change_status(inquiry=inquiry, status="closed", actor=desk_member)
    call_command("erase_old_inquiries", "--days", "0", stdout=io.StringIO())
    assert client.get(f"/en/inquiry-status/{token}/").status_code == 404


def test_statistics_show_counts_median_and_deadlines_kept(client, desk_member):
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=BELGRADE)
    quick = submit_inquiry(now=monday, deadline=monday + timedelta(hours=5))
    slow = submit_inquiry(now=monday, deadline=monday + timedelta(hours=1))
    submit_inquiry(outlet="")  # not media
    services.inquiry_answer(
        inquiry=quick, text="a", actor=desk_member, now=monday + timedelta(hours=2)
    )
    services.inquiry_answer(
        inquiry=slow, text="b", actor=desk_member, now=monday + timedelta(hours=4)
    )
    log_in(client, desk_member)

    page = client.get(reverse("inquiries_admin:statistics")).content.decode()

    assert "<dt>Inquiries</dt><dd>3</dd>" in page
    assert "<dt>Not media</dt><dd>1</dd>" in page
    assert "3.0" in page  # median of 2 and 4 working hours
    assert "50% (1 / 2)" in page
