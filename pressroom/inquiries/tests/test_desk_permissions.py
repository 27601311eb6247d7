"""Only the Media desk reads inquiries; HQ reads only what was forwarded to it."""

from django.urls import reverse

import pytest

from pressroom.inquiries import services
from pressroom.inquiries.models import Inquiry

from .factories import log_in, submit_inquiry

pytestmark = pytest.mark.django_db


@pytest.fixture
def inquiries(desk_member):
    kept = submit_inquiry(subject="Kept by the office")
    forwarded = submit_inquiry(subject="Sent to headquarters")
    services.inquiry_forward(inquiry=forwarded, actor=desk_member)
    return kept, forwarded


def assert_denied(response):
    """Wagtail answers a refused admin request by sending the user to the dashboard."""
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def urls(inquiry):
    return [
        reverse("inquiries_admin:queue"),
        reverse("inquiries_admin:detail", args=[inquiry.pk]),
    ]


def test_an_editor_cannot_read_inquiries(client, editor, inquiries):
    log_in(client, editor)
    for inquiry in inquiries:
        for url in urls(inquiry):
            response = client.get(url, follow=True)
            assert inquiry.subject not in response.content.decode()
            assert_denied(client.get(url))
    assert_denied(client.get(reverse("inquiries_admin:statistics")))
    dashboard = client.get("/admin/").content.decode()
    assert "Media desk" not in dashboard
    assert reverse("inquiries_admin:queue") not in dashboard


def test_an_editor_cannot_act_on_an_inquiry(client, editor, inquiries):
    kept, _forwarded = inquiries
    log_in(client, editor)
    url = reverse("inquiries_admin:act", args=[kept.pk, "answer"])
    assert_denied(client.post(url, {"text": "Leaked"}))
    kept.refresh_from_db()
    assert kept.answer == ""


def test_anonymous_visitors_are_sent_to_the_login(client, inquiries):
    response = client.get(reverse("inquiries_admin:queue"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_desk_sees_every_inquiry(client, desk_member, inquiries):
    log_in(client, desk_member)
    queue = client.get(reverse("inquiries_admin:queue")).content.decode()
    assert "Kept by the office" in queue and "Sent to headquarters" in queue
    assert "Media desk" in client.get("/admin/").content.decode()


def test_hq_sees_only_what_was_forwarded(client, hq_member, inquiries):
    kept, forwarded = inquiries
    log_in(client, hq_member)
    queue = client.get(reverse("inquiries_admin:queue") + "?status=all")
    assert "Sent to headquarters" in queue.content.decode()
    assert "Kept by the office" not in queue.content.decode()
    assert client.get(urls(forwarded)[1]).status_code == 200
    hidden = client.get(urls(kept)[1], follow=True)
    assert hidden.status_code == 404
    assert "Kept by the office" not in hidden.content.decode()


def test_hq_adds_guidance_but_cannot_answer_or_see_notes(
    client, hq_member, desk_member, inquiries
):
    _kept, forwarded = inquiries
    services.inquiry_add_note(
        inquiry=forwarded, text="Internal: call the embassy first", actor=desk_member
    )
    log_in(client, hq_member)

    detail = client.get(urls(forwarded)[1]).content.decode()
    assert "call the embassy" not in detail

    answer = reverse("inquiries_admin:act", args=[forwarded.pk, "answer"])
    assert_denied(client.post(answer, {"text": "From HQ"}))
    forwarded.refresh_from_db()
    assert forwarded.answer == ""

    guidance = reverse("inquiries_admin:act", args=[forwarded.pk, "guidance"])
    assert (
        client.post(guidance, {"text": "Refer to the 2025 statement."}).status_code
        == 302
    )
    forwarded.refresh_from_db()
    assert forwarded.guidance.get().text == "Refer to the 2025 statement."
    assert forwarded.status == Inquiry.Status.IN_PROGRESS


def test_hq_cannot_download_attachments_of_inquiries_not_forwarded(
    client, hq_member, desk_member, inquiries
):
    kept, _forwarded = inquiries
    log_in(client, hq_member)
    url = reverse("inquiries_admin:attachment", args=[kept.pk])
    assert client.get(url, follow=True).status_code == 404
