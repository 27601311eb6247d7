"""The media desk approves or declines; accredited senders are marked at the desk."""

from django.urls import reverse

import pytest

from pressroom.accreditation.models import Accreditation
from pressroom.inquiries.tests.factories import submit_inquiry
from pressroom.testing import make_accreditation

pytestmark = pytest.mark.django_db


def test_the_desk_approves_an_application_and_the_journalist_is_told(
    desk_client, mailoutbox, deliver_email
):
    pending = make_accreditation(status="pending", email="ana@example.org")
    page = desk_client.get(reverse("accreditation_admin:detail", args=[pending.pk]))
    assert page.status_code == 200
    response = desk_client.post(
        reverse("accreditation_admin:decide", args=[pending.pk, "approve"])
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.is_valid
    deliver_email()
    assert [message.to for message in mailoutbox] == [["ana@example.org"]]


def test_the_desk_declines_an_application(desk_client):
    pending = make_accreditation(status="pending")
    desk_client.post(
        reverse("accreditation_admin:decide", args=[pending.pk, "decline"])
    )
    pending.refresh_from_db()
    assert pending.status == Accreditation.Status.DECLINED
    assert not pending.is_valid


def test_the_desk_downloads_the_press_card(desk_client):
    accreditation = make_accreditation(status="pending")
    response = desk_client.get(
        reverse("accreditation_admin:press_card", args=[accreditation.pk])
    )
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "no-store" in response["Cache-Control"]


def test_an_editor_cannot_see_applications(client, django_user_model):
    from django.contrib.auth.models import Group

    accreditation = make_accreditation(status="pending")
    editor = django_user_model.objects.create_user(username="w", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    url = reverse("accreditation_admin:detail", args=[accreditation.pk])
    assert client.get(url).status_code in (302, 403)
    response = client.post(
        reverse("accreditation_admin:decide", args=[accreditation.pk, "approve"])
    )
    assert response.status_code in (302, 403)
    accreditation.refresh_from_db()
    assert accreditation.status == Accreditation.Status.PENDING


def test_an_accredited_sender_is_marked_in_the_inquiry_desk(desk_client):
    make_accreditation(email="marko@radiosava.example.org")
    accredited = submit_inquiry(email="Marko@RadioSava.example.org")
    other = submit_inquiry(email="someone@else.example.org")
    queue = desk_client.get(reverse("inquiries_admin:detail", args=[accredited.pk]))
    assert "Accredited" in queue.content.decode()
    detail = desk_client.get(reverse("inquiries_admin:detail", args=[other.pk]))
    assert "Accredited" not in detail.content.decode()


def test_an_expired_accreditation_is_not_marked(desk_client):
    make_accreditation(email="marko@radiosava.example.org", valid_days=-1)
    inquiry = submit_inquiry()
    detail = desk_client.get(reverse("inquiries_admin:detail", args=[inquiry.pk]))
    assert "Accredited" not in detail.content.decode()
