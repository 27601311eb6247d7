"""Attachments: PDF, JPEG or PNG by content, at most 10 MB, private, staff-only."""

import io

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from PIL import Image

from pressroom.inquiries.models import Inquiry

from .factories import log_in

pytestmark = pytest.mark.django_db

PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)


def png(width=20, height=20):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "navy").save(buffer, "PNG")
    return buffer.getvalue()


def send(client, page, submission, upload):
    return client.post(page.url, {**submission(), "attachment": upload})


def test_a_pdf_is_kept_privately_under_a_random_name(
    client, form_page, submission, desk_member
):
    upload = SimpleUploadedFile("Statement <draft>.pdf", PDF, "application/pdf")
    assert send(client, form_page, submission, upload).status_code == 302

    inquiry = Inquiry.objects.get()
    assert inquiry.attachment_type == "application/pdf"
    assert inquiry.attachment_name == "Statement <draft>.pdf"
    stored = settings.INQUIRY_ATTACHMENT_ROOT / inquiry.attachment.name
    assert stored.read_bytes() == PDF
    assert "draft" not in inquiry.attachment.name
    assert not str(stored).startswith(str(settings.MEDIA_ROOT))
    assert not str(stored).startswith(str(settings.STATIC_ROOT))

    log_in(client, desk_member)
    download = client.get(reverse("inquiries_admin:attachment", args=[inquiry.pk]))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment;")
    assert inquiry.reference in download["Content-Disposition"]
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content) == PDF


def test_a_png_is_accepted(client, form_page, submission):
    upload = SimpleUploadedFile("photo.png", png(), "image/png")
    assert send(client, form_page, submission, upload).status_code == 302
    assert Inquiry.objects.get().attachment_type == "image/png"


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("invoice.pdf", b"MZ\x90\x00 this is a program", "application/pdf"),
        ("page.png", b"<html><script>alert(1)</script></html>", "image/png"),
        ("notes.txt", b"plain words", "text/plain"),
    ],
)
def test_the_type_comes_from_the_content_not_the_name(
    client, form_page, submission, name, content, content_type
):
    upload = SimpleUploadedFile(name, content, content_type)
    response = send(client, form_page, submission, upload)
    assert response.status_code == 400
    assert "Please attach a PDF, JPEG or PNG file." in response.content.decode()
    assert Inquiry.objects.count() == 0


def test_a_broken_picture_is_refused(client, form_page, submission):
    truncated = png()[:60]
    upload = SimpleUploadedFile("photo.png", truncated, "image/png")
    response = send(client, form_page, submission, upload)
    assert response.status_code == 400
    assert Inquiry.objects.count() == 0


def test_a_decompression_bomb_is_refused(client, form_page, submission):
    # 10,000 × 10,000 pixels of one colour: a few kilobytes on disk.
    bomb = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(bomb, "PNG")
    assert len(bomb.getvalue()) < 100_000
    upload = SimpleUploadedFile("bomb.png", bomb.getvalue(), "image/png")
    response = send(client, form_page, submission, upload)
    assert response.status_code == 400
    assert "too large" in response.content.decode()
    assert Inquiry.objects.count() == 0


def test_more_than_ten_megabytes_is_refused(client, form_page, submission, settings):
    settings.INQUIRY_MAX_ATTACHMENT_BYTES = 1024  # the same check, a smaller file
    upload = SimpleUploadedFile("big.pdf", PDF + b"0" * 2048, "application/pdf")
    response = send(client, form_page, submission, upload)
    assert response.status_code == 400
    assert "larger than" in response.content.decode()
    assert Inquiry.objects.count() == 0
