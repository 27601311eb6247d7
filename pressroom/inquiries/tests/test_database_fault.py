"""A database error while an inquiry is stored: a friendly page, nothing half-way."""

from unittest import mock

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError

import pytest

from pressroom.inquiries.models import Inquiry, InquiryEvent
from pressroom.outbox.models import OutgoingEmail

from .test_attachments import PDF

pytestmark = pytest.mark.django_db


def test_a_failure_after_the_inquiry_row_is_written_rolls_everything_back(
    client, form_page, submission, settings
):
    upload = SimpleUploadedFile("statement.pdf", PDF, content_type="application/pdf")
    # The database gives up while the acknowledgement is written, after the
    # inquiry, its reference and its history row are already in the transaction.
    with mock.patch(
        "pressroom.outbox.sending.OutgoingEmail.objects.create",
        side_effect=OperationalError("database is locked"),
    ):
        response = client.post(
            form_page.url,
            {**submission(subject="Exercise <schedule>"), "attachment": upload},
        )

    assert response.status_code == 503
    page = response.content.decode()
    assert "could not be stored just now" in page
    assert "Nothing was sent" in page
    # What the journalist typed is still in the form, escaped.
    assert 'value="Exercise &lt;schedule&gt;"' in page
    assert Inquiry.objects.count() == 0
    assert InquiryEvent.objects.count() == 0
    assert OutgoingEmail.objects.count() == 0
    attachments = settings.INQUIRY_ATTACHMENT_ROOT
    assert not attachments.exists() or not any(attachments.iterdir())


def test_the_next_submission_after_the_fault_is_stored(client, form_page, submission):
    with mock.patch(
        "pressroom.outbox.sending.OutgoingEmail.objects.create",
        side_effect=OperationalError("database is locked"),
    ):
        client.post(form_page.url, submission())

    response = client.post(form_page.url, submission())

    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    # The failed attempt did not use up a reference number.
    assert inquiry.reference.endswith("-00001")
    assert OutgoingEmail.objects.filter(to=[inquiry.email]).count() == 1
