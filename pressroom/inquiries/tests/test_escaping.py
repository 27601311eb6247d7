"""Inquiry text is shown as text everywhere: markup and script never render."""

from django.urls import reverse

import pytest

from pressroom.inquiries.models import Inquiry

from .factories import log_in

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)><b>bold</b>'


def test_markup_in_an_inquiry_is_escaped_on_the_status_page_and_in_the_admin(
    client, form_page, submission, desk_member
):
    client.post(
        form_page.url,
        submission(
            name=HOSTILE[:200],
            outlet=HOSTILE[:200],
            role="<i>role</i>",
            subject=HOSTILE[:200],
            question=HOSTILE,
        ),
    )
    inquiry = Inquiry.objects.get()
    inquiry.answer = "<script>answer()</script>"
    inquiry.save()

    status = client.get(f"/en/inquiry-status/{inquiry.status_token}/").content.decode()
    log_in(client, desk_member)
    detail = client.get(
        reverse("inquiries_admin:detail", args=[inquiry.pk])
    ).content.decode()
    queue = client.get(reverse("inquiries_admin:queue")).content.decode()

    for page in (status, detail, queue):
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert "<b>bold</b>" not in page
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<script>answer()" not in status and "&lt;script&gt;answer()" in status
    assert "<i>role</i>" not in detail
