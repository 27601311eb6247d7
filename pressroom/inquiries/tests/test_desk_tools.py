"""The desk's tools: search, forwarding switched off, erasure on request,
urgency ordered by the database, reminders, and the mail queue."""

import io
from datetime import datetime, timedelta

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from pressroom.inquiries import services
from pressroom.inquiries.clock import BELGRADE, Urgency
from pressroom.inquiries.models import Inquiry, Status
from pressroom.outbox.models import OutgoingEmail

from .factories import log_in, submit_inquiry

pytestmark = pytest.mark.django_db


def act(client, inquiry, action, **data):
    return client.post(reverse("inquiries_admin:act", args=[inquiry.pk, action]), data)


def queue_text(client, **params):
    return client.get(reverse("inquiries_admin:queue"), params).content.decode()


# Search


def test_the_desk_finds_an_inquiry_by_reference_email_outlet_and_text(
    client, desk_member
):
    exercise = submit_inquiry(
        subject="Exercise", question="When does the joint drill start?"
    )
    visit = submit_inquiry(
        subject="Visit",
        outlet="Vreme weekly",
        email="mila@vreme.example.com",
        question="Who comes to Niš?",
    )
    services.inquiry_change_status(inquiry=exercise, status="closed", actor=desk_member)
    log_in(client, desk_member)

    by_reference = queue_text(client, q=exercise.reference)
    assert exercise.reference in by_reference  # closed, still found
    assert visit.reference not in by_reference
    assert visit.reference in queue_text(client, q="MILA@vreme.example.com")
    assert visit.reference in queue_text(client, q="vreme weekly")
    found = queue_text(client, q="joint drill")
    assert exercise.reference in found and visit.reference not in found
    assert "No inquiries match." in queue_text(client, q="nothing like this")


def test_hq_searches_only_what_was_forwarded_to_it(client, desk_member, hq_member):
    kept = submit_inquiry(subject="Kept here", question="Secret budget?")
    sent = submit_inquiry(subject="Sent on", question="Secret visit?")
    services.inquiry_forward(inquiry=sent, actor=desk_member)
    log_in(client, hq_member)
    found = queue_text(client, q="secret")
    assert sent.reference in found and kept.reference not in found


# Forwarding without an HQ address


def test_forwarding_is_disabled_with_the_reason_while_no_hq_address_is_set(
    client, desk_member, settings
):
    settings.INQUIRY_HQ_EMAIL = ""
    inquiry = submit_inquiry()
    log_in(client, desk_member)

    detail = client.get(reverse("inquiries_admin:detail", args=[inquiry.pk]))
    text = detail.content.decode()
    assert "no HQ press office address is configured" in text
    assert reverse("inquiries_admin:act", args=[inquiry.pk, "forward"]) not in text

    act(client, inquiry, "forward")
    inquiry.refresh_from_db()
    assert inquiry.status == Status.NEW


# Erasure on request


def test_erasing_on_request_leaves_nothing_to_send(client, desk_member, deliver_email):
    inquiry = submit_inquiry(name="Jelena Ilić", question="Private question")
    assert OutgoingEmail.objects.filter(status="pending").count() == 1  # the ack
    log_in(client, desk_member)

    act(client, inquiry, "erase")  # not confirmed: nothing happens
    inquiry.refresh_from_db()
    assert inquiry.personal_data_erased_at is None

    act(client, inquiry, "erase", confirm="on")

    inquiry.refresh_from_db()
    assert inquiry.personal_data_erased_at is not None
    assert inquiry.name != "Jelena Ilić" and inquiry.status == Status.CLOSED
    assert not OutgoingEmail.objects.exists()
    deliver_email()
    assert mail.outbox == []
    detail = client.get(reverse("inquiries_admin:detail", args=[inquiry.pk]))
    text = detail.content.decode()
    assert "Send the answer" not in text and "Private question" not in text
    assert "Nothing more can be sent about it." in text

    act(client, inquiry, "answer", text="Too late")
    act(client, inquiry, "status", status="in_progress")
    inquiry.refresh_from_db()
    assert inquiry.answer == "" and inquiry.status == Status.CLOSED
    deliver_email()
    assert mail.outbox == []


# Urgency, in the database


def test_urgency_is_ordered_by_the_database_earliest_due_first():
    now = datetime(2026, 11, 23, 15, 0, tzinfo=BELGRADE)  # a Monday

    def make(subject, received, deadline=None):
        return submit_inquiry(
            subject=subject, now=received, deadline=deadline
        ).reference

    at = lambda hour, minute=0: now.replace(hour=hour, minute=minute)  # noqa: E731
    late = make("late", at(9), deadline=at(14))
    target_1530 = make("target 15:30", at(11, 30))
    target_1520 = make("target 15:20", at(11, 20))
    deadline_1634 = make("deadline 16:34", at(14, 50), deadline=at(16, 34))
    deadline_1510 = make("deadline 15:10", at(14, 55), deadline=at(15, 10))
    on_time = make("on time", at(14, 58))
    paused = submit_inquiry(subject="paused", now=at(13), deadline=None)
    services.inquiry_forward(inquiry=paused, actor=None, now=at(13, 30))
    closed = submit_inquiry(subject="closed", now=at(8), deadline=None)
    services.inquiry_change_status(
        inquiry=closed, status="closed", actor=None, now=at(8, 30)
    )

    ordered = list(Inquiry.objects.by_urgency(now))

    assert [inquiry.reference for inquiry in ordered] == [
        late,
        deadline_1510,
        target_1520,
        target_1530,
        deadline_1634,
        on_time,
        paused.reference,
        closed.reference,
    ]
    # The database agrees with the clock on every one of them.
    for inquiry in ordered:
        assert inquiry.ranked_urgency == inquiry.urgency(now), inquiry.subject
    assert [i.ranked_urgency for i in ordered[:2]] == [
        Urgency.OVERDUE,
        Urgency.DUE_SOON,
    ]


def test_the_queue_pages_through_any_number_of_rows_most_urgent_first(
    client, desk_member, monkeypatch
):
    from pressroom.inquiries import desk

    monkeypatch.setattr(desk, "QUEUE_LENGTH", 2)
    fresh = [submit_inquiry(subject=f"Fresh {n}", deadline=None) for n in range(3)]
    late = submit_inquiry(
        subject="Late one",
        now=datetime(2026, 1, 5, 9, 0, tzinfo=BELGRADE),
        deadline=None,
    )
    log_in(client, desk_member)

    first = queue_text(client)
    assert late.reference in first
    assert "Page 1 of 2" in first
    second = queue_text(client, p=2)
    seen = first + second
    assert all(inquiry.reference in seen for inquiry in fresh)
    assert (
        queue_text(client, p="x").count('<tr class="desk-row') == 2
    )  # a bad page: page 1


# Telling the desk


def test_hq_guidance_is_mailed_to_the_assignee_or_else_the_desk(
    desk_member, hq_member, deliver_email
):
    desk_member.email = "desk-member@example.org"
    desk_member.save()
    assigned = submit_inquiry(subject="Assigned one")
    services.inquiry_assign(inquiry=assigned, assignee=desk_member, actor=desk_member)
    unassigned = submit_inquiry(subject="Nobody's")
    for inquiry in (assigned, unassigned):
        services.inquiry_forward(inquiry=inquiry, actor=desk_member)
    deliver_email()
    mail.outbox.clear()

    for inquiry in (assigned, unassigned):
        services.inquiry_add_guidance(inquiry=inquiry, text="Say yes.", actor=hq_member)
    deliver_email()

    sent = {message.to[0]: message for message in mail.outbox}
    assert set(sent) == {"desk-member@example.org", "desk@example.org"}
    assert assigned.reference in sent["desk-member@example.org"].subject
    assert "HQ added guidance" in sent["desk@example.org"].subject
    assert "Say yes." not in sent["desk@example.org"].body  # read it in the desk
    assert "/admin/inquiries/" in sent["desk@example.org"].body


def test_an_inquiry_due_soon_is_reminded_once(deliver_email):
    soon = submit_inquiry(
        subject="Deadline soon", deadline=timezone.now() + timedelta(hours=1)
    )
    submit_inquiry(subject="Plenty of time", deadline=None)
    deliver_email()
    mail.outbox.clear()

    call_command("remind_due_soon_inquiries", stdout=io.StringIO())
    call_command("remind_due_soon_inquiries", stdout=io.StringIO())
    deliver_email()

    [reminder] = mail.outbox
    assert reminder.to == ["desk@example.org"]
    assert soon.reference in reminder.subject and "due soon" in reminder.subject
    assert soon.events.filter(action="reminded").count() == 1


# The mail queue


def test_the_desk_sees_its_failed_mail_and_retries_it(
    client, desk_member, editor, deliver_email
):
    inquiry = submit_inquiry()
    ack = OutgoingEmail.objects.get()
    OutgoingEmail.objects.filter(pk=ack.pk).update(
        status="failed", attempts=8, last_error="SMTPServerDisconnected: gone"
    )
    OutgoingEmail.objects.create(
        template="subscriptions/email/confirm",
        reading_language="en",
        to=["subscriber@example.org"],
        subject="Confirm your subscription",
        body_text="…",
        status="failed",
    )
    log_in(client, desk_member)

    page = client.get(reverse("inquiries_admin:mail_queue")).content.decode()
    assert inquiry.reference in page and "SMTPServerDisconnected" in page
    assert "subscriber@example.org" not in page

    response = client.post(reverse("inquiries_admin:mail_retry", args=[ack.pk]))
    assert response.status_code == 302
    ack.refresh_from_db()
    assert ack.status == "pending" and ack.attempts == 0
    deliver_email()
    ack.refresh_from_db()
    assert ack.status == "sent"
    assert [m.to for m in mail.outbox] == [["marko@radiosava.example.org"]]

    other = OutgoingEmail.objects.get(template__startswith="subscriptions/")
    retry_other = reverse("inquiries_admin:mail_retry", args=[other.pk])
    assert client.post(retry_other).status_code in (302, 404)  # not found
    other.refresh_from_db()
    assert other.status == "failed"

    log_in(client, editor)
    client.post(reverse("inquiries_admin:mail_retry", args=[ack.pk]))
    assert client.get(reverse("inquiries_admin:mail_queue"))["Location"] == "/admin/"
