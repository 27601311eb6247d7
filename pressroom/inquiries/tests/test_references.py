"""References are handed out in order, per year, and never twice."""

from datetime import datetime

from django.db import IntegrityError, transaction

import pytest

from pressroom.inquiries.clock import BELGRADE
from pressroom.inquiries.models import Inquiry

from .factories import submit_inquiry

pytestmark = pytest.mark.django_db


def test_references_count_up_within_a_year_and_restart_in_the_next(settings):
    settings.INQUIRY_REFERENCE_PREFIX = "PRESS"
    december = datetime(2026, 12, 31, 23, 30, tzinfo=BELGRADE)
    january = datetime(2027, 1, 1, 0, 30, tzinfo=BELGRADE)
    references = [
        submit_inquiry(now=december, deadline=None).reference,
        submit_inquiry(now=december, deadline=None).reference,
        submit_inquiry(now=january, deadline=None).reference,
    ]
    assert references == ["PRESS-2026-00001", "PRESS-2026-00002", "PRESS-2027-00001"]


def test_the_database_refuses_a_duplicate_reference():
    first = submit_inquiry()
    second = submit_inquiry()
    with pytest.raises(IntegrityError), transaction.atomic():
        Inquiry.objects.filter(pk=second.pk).update(reference=first.reference)


def test_status_tokens_are_long_and_different():
    tokens = {submit_inquiry().status_token for _ in range(5)}
    assert len(tokens) == 5
    assert all(len(token) >= 40 for token in tokens)
