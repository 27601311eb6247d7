"""The desk keeps the register of outlets and the answer templates; editors cannot."""

import pytest

from pressroom.inquiries.models import AnswerTemplate, MediaOutlet

from .factories import log_in, submit_inquiry

pytestmark = pytest.mark.django_db


def test_the_desk_registers_an_outlet_and_its_domain_verifies_new_inquiries(
    client, desk_member
):
    log_in(client, desk_member)
    assert client.get("/admin/media_outlets/").status_code == 200

    response = client.post(
        "/admin/media_outlets/new/",
        {
            "name": "Večernji list",
            "email_domains": "@vecernji.example.net\nvl.example.net",
        },
    )

    assert response.status_code == 302
    outlet = MediaOutlet.objects.get(name="Večernji list")
    assert outlet.domains == {"vecernji.example.net", "vl.example.net"}
    inquiry = submit_inquiry(email="Reporter@VL.example.net")
    assert inquiry.matched_outlet == outlet
    assert not inquiry.verified  # until the mailbox is confirmed


def test_the_desk_writes_answer_templates(client, desk_member):
    log_in(client, desk_member)
    response = client.post(
        "/admin/answer_templates/new/",
        {
            "title": "No comment",
            "body_en": "We do not comment.",
            "body_sr": "Без коментара.",
        },
    )
    assert response.status_code == 302
    assert AnswerTemplate.objects.get(title="No comment").body_for("sr-latn") == (
        "Без коментара."
    )


@pytest.mark.parametrize("path", ["/admin/media_outlets/", "/admin/answer_templates/"])
def test_an_editor_cannot_open_the_registers(client, editor, path):
    log_in(client, editor)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
