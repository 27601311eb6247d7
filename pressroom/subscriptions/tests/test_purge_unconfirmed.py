"""Addresses never confirmed are forgotten after a week, by a daily job."""

from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

import pytest

from pressroom.subscriptions.models import Subscriber

pytestmark = pytest.mark.django_db


def test_unconfirmed_addresses_older_than_a_week_are_deleted(subscriber):
    subscriber("old-unconfirmed@example.org", "en", confirmed=False)
    subscriber("new-unconfirmed@example.org", "en", confirmed=False)
    subscriber("old-confirmed@example.org", "sr")
    Subscriber.objects.exclude(email="new-unconfirmed@example.org").update(
        created_at=timezone.now() - timedelta(days=8)
    )
    call_command("purge_unconfirmed_subscriptions", verbosity=0)
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "new-unconfirmed@example.org",
        "old-confirmed@example.org",
    ]


def test_the_purge_is_a_daily_scheduled_job():
    assert {"command": "purge_unconfirmed_subscriptions", "daily_at": "04:00"} in (
        settings.SCHEDULED_JOBS
    )
