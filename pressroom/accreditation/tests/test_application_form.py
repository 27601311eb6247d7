"""Journalists apply on a form in every reading language; mistakes are form errors."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from pressroom.accreditation.models import Accreditation

pytestmark = pytest.mark.django_db


def png():
    buffer = BytesIO()
    Image.new("RGB", (40, 25), "navy").save(buffer, "PNG")
    return buffer.getvalue()


def application(**overrides):
    data = {
        "name": "Ana Petrović",
        "outlet": "Dnevni glasnik",
        "role": "reporter",
        "email": "Ana@Glasnik.example.org",
        "reading_language": "sr-latn",
        "press_card": SimpleUploadedFile("card.png", png(), "image/png"),
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def form_url(language="en"):
    with translation.override(language):
        return reverse("accreditation_apply")


@pytest.mark.parametrize(
    ("language", "path"),
    [
        ("en", "/en/accreditation/"),
        ("sr", "/sr/akreditacija/"),
        ("sr-latn", "/sr-latn/akreditacija/"),
    ],
)
def test_the_form_exists_in_each_reading_language(client, language, path):
    assert form_url(language) == path
    response = client.get(path)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("input", {"name": "csrfmiddlewaretoken"})
    assert soup.find("input", {"type": "file", "name": "press_card"})
    assert "no-store" in response["Cache-Control"]


def test_a_valid_application_waits_for_the_desk(client):
    response = client.post(form_url(), application())
    assert response.status_code == 302
    assert response["Location"] == reverse("accreditation_received")
    accreditation = Accreditation.objects.get()
    assert accreditation.status == Accreditation.Status.PENDING
    assert accreditation.email == "ana@glasnik.example.org"
    assert accreditation.press_card_type == "image/png"
    # Kept under a random name in the private folder, not the sender's name.
    assert not accreditation.press_card.name.endswith("/card.png")
    assert accreditation.press_card.storage.exists(accreditation.press_card.name)


@pytest.mark.parametrize("missing", ["name", "outlet", "role", "email", "press_card"])
def test_a_missing_field_is_a_form_error(client, missing):
    response = client.post(form_url(), application(**{missing: None}))
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not Accreditation.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("card.png", b"<html><script>alert(1)</script></html>"),
        ("card.pdf", b"MZ\x90\x00 not a pdf at all"),
        ("card.png", png()[:60]),  # a broken picture
    ],
)
def test_a_bad_upload_is_a_form_error_not_a_server_error(client, name, content):
    upload = SimpleUploadedFile(name, content, "image/png")
    response = client.post(form_url(), application(press_card=upload))
    assert response.status_code == 400
    assert "press_card_error" in response.content.decode()
    assert not Accreditation.objects.exists()


def test_a_press_card_over_the_limit_is_refused(client, settings):
    settings.INQUIRY_MAX_ATTACHMENT_BYTES = 10
    response = client.post(form_url(), application())
    assert response.status_code == 400
    assert not Accreditation.objects.exists()


def test_the_form_is_protected_by_csrf():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(form_url(), application())
    assert response.status_code == 403
    assert not Accreditation.objects.exists()


def test_the_honeypot_stores_nothing(client):
    response = client.post(form_url(), application(website="http://spam.example"))
    assert response.status_code == 302
    assert not Accreditation.objects.exists()


def test_applications_are_limited_per_address(client, settings):
    settings.ACCREDITATION_RATE_LIMIT_PER_HOUR = 1
    assert client.post(form_url(), application()).status_code == 302
    response = client.post(form_url(), application(email="b@example.org"))
    assert response.status_code == 429
    assert Accreditation.objects.count() == 1
