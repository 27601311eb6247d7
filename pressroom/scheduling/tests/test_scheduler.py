"""The scheduler runs due jobs once, remembers them, and survives a failing job."""

from datetime import UTC, datetime, timedelta

from django.core import mail
from django.utils import timezone

import pytest

from pressroom.scheduling.models import JobRun
from pressroom.scheduling.runner import run_due_jobs

pytestmark = pytest.mark.django_db


@pytest.fixture
def jobs(settings):
    settings.SCHEDULED_JOBS = [
        {"command": "deliver_outstanding_email", "every_minutes": 10},
        {"command": "no_such_command", "every_minutes": 10},
        {"command": "check", "daily_at": "07:30"},
    ]
    return settings


MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, 30, tzinfo=UTC)


def test_due_jobs_run_once_and_a_failure_is_recorded(jobs):
    now = MONDAY_MORNING
    assert run_due_jobs(now) == []  # first seen: every job waits for its slot

    later = now + timedelta(minutes=11)
    assert run_due_jobs(later) == ["deliver_outstanding_email", "no_such_command"]
    assert run_due_jobs(later + timedelta(seconds=30)) == []

    failed = JobRun.objects.get(name="no_such_command")
    assert "Unknown command" in failed.last_error
    assert JobRun.objects.get(name="deliver_outstanding_email").last_error == ""


def test_a_daily_job_runs_the_next_day_at_its_time(jobs):
    run_due_jobs(MONDAY_MORNING)  # 10:00 in Belgrade, after 07:30: not today
    assert "check" not in run_due_jobs(MONDAY_MORNING + timedelta(hours=8))

    tuesday_0730 = datetime(2026, 11, 24, 6, 30, tzinfo=UTC)
    assert "check" not in run_due_jobs(tuesday_0730 - timedelta(minutes=1))
    assert "check" in run_due_jobs(tuesday_0730)
    assert "check" not in run_due_jobs(tuesday_0730 + timedelta(hours=1))


def test_the_sweep_sends_mail_whose_task_was_lost(jobs, settings):
    from django_tasks_db.models import DBTaskResult

    from pressroom.outbox.sending import send_email
    from pressroom.outbox.tests.conftest import TEMPLATES_DIR

    engine = dict(settings.TEMPLATES[0])
    engine["DIRS"] = [*engine["DIRS"], TEMPLATES_DIR]
    settings.TEMPLATES = [engine]
    send_email(
        to="novinar@example.org",
        template="outbox_tests/greeting",
        context={"name": "Ана", "title": "Вест"},
        reading_language="sr",
    )
    DBTaskResult.objects.all().delete()  # the queue was cleared by accident

    run_due_jobs(timezone.now())
    run_due_jobs(timezone.now() + timedelta(minutes=11))

    assert [message.subject for message in mail.outbox] == ["Најновије вести: Вест"]
