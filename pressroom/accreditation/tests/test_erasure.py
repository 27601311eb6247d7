"""Personal data goes a set time after an accreditation expires or is declined."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

import pytest

from pressroom.accreditation.models import Accreditation
from pressroom.testing import make_accreditation

pytestmark = pytest.mark.django_db


def test_expired_and_declined_applications_are_erased_after_the_retention(
    settings, django_capture_on_commit_callbacks
):
    settings.ACCREDITATION_RETENTION_DAYS = 30
    valid = make_accreditation()
    recently_expired = make_accreditation(valid_days=-10)
    long_expired = make_accreditation(valid_days=-31)
    declined_long_ago = make_accreditation(
        status="declined", decided_at=timezone.now() - timedelta(days=31)
    )
    declined_lately = make_accreditation(
        status="declined", decided_at=timezone.now() - timedelta(days=2)
    )
    card = long_expired.press_card
    assert card.storage.exists(card.name)

    with django_capture_on_commit_callbacks(execute=True):
        call_command("erase_old_accreditations")

    kept = set(Accreditation.objects.values_list("pk", flat=True))
    assert kept == {valid.pk, recently_expired.pk, declined_lately.pk}
    assert declined_long_ago.pk not in kept
    assert not card.storage.exists(card.name)


def test_the_scheduler_runs_the_erasure_daily(settings):
    jobs = {job["command"]: job for job in settings.SCHEDULED_JOBS}
    assert "daily_at" in jobs["erase_old_accreditations"]
