"""The desk works an inquiry: assign, notes, forward to HQ, answer, history."""

import re
from datetime import datetime, timedelta

from django.core import mail
from django.urls import reverse

import pytest

from pressroom.inquiries import desk, services
from pressroom.inquiries.clock import BELGRADE
from pressroom.inquiries.models import AnswerTemplate, Inquiry, InquiryEvent, Status

from .factories import log_in, submit_inquiry

pytestmark = pytest.mark.django_db


def act(client, inquiry, action, **data):
    return client.post(reverse("inquiries_admin:act", args=[inquiry.pk, action]), data)


def test_assign_note_and_status_are_recorded_in_the_history(client, desk_member):
    inquiry = submit_inquiry()
    log_in(client, desk_member)

    act(client, inquiry, "assign", assignee=desk_member.pk)
    act(client, inquiry, "note", text="Check with the defence attaché")
    act(client, inquiry, "status", status="in_progress")

    inquiry.refresh_from_db()
    assert inquiry.assignee == desk_member
    assert inquiry.status == Inquiry.Status.IN_PROGRESS
    assert list(inquiry.events.values_list("action", "actor__username")) == [
        ("submitted", None),
        ("assigned", "desk"),
        ("note", "desk"),
        ("status", "desk"),
    ]
    detail = client.get(reverse("inquiries_admin:detail", args=[inquiry.pk]))
    assert "Check with the defence attaché" in detail.content.decode()


def test_a_status_change_that_makes_no_sense_is_refused(client, desk_member):
    inquiry = submit_inquiry()
    log_in(client, desk_member)
    act(client, inquiry, "status", status="closed")
    act(client, inquiry, "status", status="declined")  # closed → declined: no
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.CLOSED


def test_forwarding_mails_hq_and_pauses_the_offices_clock(
    client, desk_member, deliver_email
):
    monday_nine = datetime(2026, 11, 23, 9, 0, tzinfo=BELGRADE)
    inquiry = submit_inquiry(now=monday_nine, deadline=None)
    assert inquiry.response_due_at == monday_nine + timedelta(hours=4)

    services.inquiry_forward(
        inquiry=inquiry,
        actor=desk_member,
        message="Please advise",
        now=monday_nine + timedelta(hours=1),
    )
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.FORWARDED
    assert inquiry.response_due_at is None  # paused

    # HQ answers on Wednesday at 10:00: three working hours are left.
    services.inquiry_add_guidance(
        inquiry=inquiry,
        text="Say yes",
        actor=None,
        now=datetime(2026, 11, 25, 10, 0, tzinfo=BELGRADE),
    )
    inquiry.refresh_from_db()
    assert inquiry.response_due_at == datetime(2026, 11, 25, 13, 0, tzinfo=BELGRADE)

    deliver_email()
    hq_mail = [m for m in mail.outbox if m.to == ["hq-press@example.org"]]
    [message] = hq_mail
    assert inquiry.reference in message.subject
    assert "Please advise" in message.body
    assert "How many officers take part?" in message.body


def test_the_answer_is_mailed_in_latin_and_shown_on_the_status_page(
    client, desk_member, deliver_email
):
    inquiry = submit_inquiry(reply_language="sr-latn")
    template = AnswerTemplate.objects.create(
        title="Confirmed", body_en="Yes, it is confirmed.", body_sr="Да, потврђено је."
    )
    log_in(client, desk_member)

    detail = client.get(
        reverse("inquiries_admin:detail", args=[inquiry.pk]),
        {"template": template.pk},
    )
    assert "Да, потврђено је." in detail.content.decode()  # in the reply's language

    act(client, inquiry, "answer", text="Да, вежба почиње у понедељак.")
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.ANSWERED
    assert inquiry.first_response_at is not None

    deliver_email()
    answer = mail.outbox[-1]
    assert answer.to == [inquiry.email]
    assert "Da, vežba počinje u ponedeljak." in answer.body
    assert "Naš odgovor" in answer.subject

    status = client.get(f"/sr-latn/status-upita/{inquiry.status_token}/")
    text = status.content.decode()
    assert "Da, vežba počinje u ponedeljak." in text
    assert "Odgovoreno" in text
    assert InquiryEvent.objects.filter(inquiry=inquiry, action="answered").exists()


def test_the_queue_filters_and_marks_overdue_items(
    client, desk_member, registered_outlets
):
    long_ago = datetime(2026, 1, 5, 9, 0, tzinfo=BELGRADE)
    late = submit_inquiry(subject="Late one", now=long_ago, deadline=None)
    fresh = submit_inquiry(subject="Fresh one", deadline=None)
    services.inquiry_assign(inquiry=fresh, assignee=desk_member, actor=desk_member)
    log_in(client, desk_member)
    queue = reverse("inquiries_admin:queue")

    overdue = client.get(queue, {"urgency": "overdue"}).content.decode()
    assert "Late one" in overdue and "Fresh one" not in overdue
    assert re.search(r'desk-row--overdue">\s*<td><a[^>]*>' + late.reference, overdue)

    mine = client.get(queue, {"assignee": desk_member.pk}).content.decode()
    assert "Fresh one" in mine and "Late one" not in mine
    nobody = client.get(queue, {"assignee": "none"}).content.decode()
    assert "Late one" in nobody and "Fresh one" not in nobody

    domain = client.get(queue, {"verified": "domain"}).content.decode()
    assert "Fresh one" in domain  # radiosava.example.org is registered
    verified = client.get(queue, {"verified": "yes"}).content.decode()
    assert "Fresh one" not in verified  # but nobody confirmed the mailbox
    closed = client.get(queue, {"status": "closed"}).content.decode()
    assert "Fresh one" not in closed


def test_a_long_queue_never_hides_an_inquiry_still_to_answer(
    client, desk_member, monkeypatch
):
    long_ago = datetime(2026, 1, 5, 9, 0, tzinfo=BELGRADE)
    waiting = submit_inquiry(subject="Still waiting", now=long_ago, deadline=None)
    for number in range(3):
        closed = submit_inquiry(subject=f"Closed {number}", deadline=None)
        Inquiry.objects.filter(pk=closed.pk).update(status=Status.CLOSED)
    monkeypatch.setattr(desk, "QUEUE_LENGTH", 2)
    log_in(client, desk_member)
    page = client.get(reverse("inquiries_admin:queue"), {"status": "all"})
    text = page.content.decode()
    assert waiting.reference in text
    assert len(re.findall(r"Closed \d", text)) == 1


def test_a_long_queue_shows_the_inquiry_due_soonest(client, desk_member, monkeypatch):
    long_ago = datetime(2026, 1, 5, 9, 0, tzinfo=BELGRADE)
    late = submit_inquiry(subject="Waiting longest", now=long_ago, deadline=None)
    submit_inquiry(subject="Just arrived", deadline=None)
    monkeypatch.setattr(desk, "QUEUE_LENGTH", 1)
    log_in(client, desk_member)
    text = client.get(reverse("inquiries_admin:queue")).content.decode()
    assert late.reference in text
    assert "Just arrived" not in text


def test_bad_queue_filters_are_ignored(client, desk_member):
    submit_inquiry(subject="Still listed")
    log_in(client, desk_member)
    response = client.get(
        reverse("inquiries_admin:queue"),
        {"status": "<x>", "assignee": "9" * 30, "verified": "?", "urgency": "'"},
    )
    assert response.status_code == 200
    assert "Still listed" in response.content.decode()


def test_an_impossible_inquiry_number_is_not_found(client, desk_member):
    log_in(client, desk_member)
    response = client.get(f"/admin/inquiries/{10**30}/")
    assert response.status_code in (302, 404)
    assert client.get(f"/admin/inquiries/{10**30}/", follow=True).status_code == 404
