"""Monitoring sees whether the task worker and the scheduler are still running."""

from datetime import timedelta
from unittest import mock

from django.core.management import call_command
from django.utils import timezone

import pytest

from pressroom.health import heartbeat
from pressroom.health.models import Heartbeat

pytestmark = pytest.mark.django_db


def run_worker():
    """What `db_worker --queue-name '*'` does, until the queue is empty.

    The worker closes stale connections between tasks, which would close the
    test's own transaction: here it keeps it.
    """
    with mock.patch(
        "django_tasks_db.management.commands.db_worker.close_old_connections"
    ):
        call_command(
            "db_worker",
            "--backend=background",
            "--queue-name=*",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            verbosity=0,
        )


def scheduler_round(capture, now=None):
    with capture(execute=True):
        heartbeat.beat(heartbeat.SCHEDULER, now)
        heartbeat.request_worker_beat(now)


def test_before_any_heartbeat_both_services_are_reported_late(client):
    response = client.get("/healthz/services")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "failing"
    assert body["worker"] == {
        "status": "late",
        "last_heartbeat": None,
        "age_seconds": None,
    }
    assert body["scheduler"]["status"] == "late"
    assert "no-cache" in response["Cache-Control"]


def test_a_running_scheduler_and_worker_answer_200(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_scheduler", "--once", verbosity=0)
    run_worker()

    response = client.get("/healthz/services")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["worker"]["status"] == body["scheduler"]["status"] == "ok"
    assert body["worker"]["age_seconds"] < 60


def test_a_stopped_worker_gives_503_while_the_scheduler_runs(
    client, django_capture_on_commit_callbacks
):
    long_ago = timezone.now() - timedelta(minutes=20)
    scheduler_round(django_capture_on_commit_callbacks, long_ago)
    run_worker()  # the worker answered once, twenty minutes ago, then stopped
    Heartbeat.objects.filter(service=heartbeat.WORKER).update(beat_at=long_ago)
    scheduler_round(django_capture_on_commit_callbacks)  # the scheduler runs on

    response = client.get("/healthz/services")

    assert response.status_code == 503
    body = response.json()
    assert body["scheduler"]["status"] == "ok"
    assert body["worker"]["status"] == "late"
    assert body["worker"]["age_seconds"] >= 20 * 60


def test_a_stopped_scheduler_gives_503(client):
    heartbeat.beat(heartbeat.WORKER)
    heartbeat.beat(heartbeat.SCHEDULER, timezone.now() - timedelta(minutes=6))

    response = client.get("/healthz/services")

    assert response.status_code == 503
    assert response.json()["scheduler"]["status"] == "late"
    assert response.json()["worker"]["status"] == "ok"


def test_one_heartbeat_task_waits_at_a_time(django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        assert heartbeat.request_worker_beat(now)
        # The worker is stopped: the task waits, and no second one joins it.
        assert not heartbeat.request_worker_beat(now + timedelta(minutes=2))
    assert DBTaskResult.objects.count() == 1
    # Lost or not, after MAX_AGE it is asked for again.
    with django_capture_on_commit_callbacks(execute=True):
        assert heartbeat.request_worker_beat(now + heartbeat.MAX_AGE)
    assert DBTaskResult.objects.count() == 2


def test_the_worker_is_asked_again_a_minute_after_it_answered(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        heartbeat.request_worker_beat()
    run_worker()
    answered = timezone.now()

    assert not heartbeat.request_worker_beat(answered + timedelta(seconds=30))
    with django_capture_on_commit_callbacks(execute=True):
        assert heartbeat.request_worker_beat(answered + heartbeat.WORKER_INTERVAL)


def test_only_get_and_head(client):
    assert client.post("/healthz/services").status_code == 405
    assert client.head("/healthz/services").status_code == 503


def test_the_load_balancers_probe_ignores_the_background_processes(client):
    assert client.get("/healthz").status_code == 200
