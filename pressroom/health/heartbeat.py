"""Heartbeats of the background processes, for monitoring (``/healthz/services``).

The scheduler (``run_scheduler``) records its own on every round (every 30
seconds). The task worker (``db_worker``) is shown alive by running a task:
on each round the scheduler enqueues ``tasks.worker_heartbeat`` once the
previous one has run and a minute has passed, and the worker records the
time when it runs it. A heartbeat older than ``MAX_AGE`` means the process
is stopped or stuck (or, for the worker, that the scheduler is not
enqueueing, which its own heartbeat then shows).
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .models import Heartbeat

SCHEDULER = "scheduler"
WORKER = "worker"
SERVICES = (WORKER, SCHEDULER)
# Older than this, a heartbeat counts as missing: a few scheduler rounds,
# and time for the worker to reach its task behind a burst of e-mail.
MAX_AGE = timedelta(minutes=5)
# How often the worker is asked for a heartbeat.
WORKER_INTERVAL = timedelta(minutes=1)


def beat(service, now=None):
    """Record that ``service`` is alive now."""
    now = now or timezone.now()
    if not Heartbeat.objects.filter(service=service).update(beat_at=now):
        Heartbeat.objects.get_or_create(service=service, defaults={"beat_at": now})


def request_worker_beat(now=None):
    """Enqueue the worker's heartbeat task when it is time; True if enqueued.

    Only one request waits at a time: a stopped worker finds one task, not a
    day of them, when it starts again. A request that has waited ``MAX_AGE``
    is made again, in case its task was lost.
    """
    from .tasks import worker_heartbeat

    now = now or timezone.now()
    with transaction.atomic():
        heartbeat, _ = Heartbeat.objects.select_for_update().get_or_create(
            service=WORKER
        )
        asked = heartbeat.requested_at
        answered = asked is not None and (
            heartbeat.beat_at is not None and heartbeat.beat_at >= asked
        )
        due = (
            asked is None
            or (answered and now - asked >= WORKER_INTERVAL)
            or now - asked >= MAX_AGE
        )
        if not due:
            return False
        heartbeat.requested_at = now
        heartbeat.save(update_fields=["requested_at"])
        transaction.on_commit(worker_heartbeat.enqueue)
    return True


def report(now=None):
    """Each service's last heartbeat, its age and whether it is recent enough."""
    now = now or timezone.now()
    beats = dict(
        Heartbeat.objects.filter(service__in=SERVICES).values_list("service", "beat_at")
    )
    services = {}
    for service in SERVICES:
        beat_at = beats.get(service)
        age = None if beat_at is None else max(0, int((now - beat_at).total_seconds()))
        services[service] = {
            "status": "ok"
            if age is not None and age <= MAX_AGE.total_seconds()
            else "late",
            "last_heartbeat": beat_at.isoformat() if beat_at else None,
            "age_seconds": age,
        }
    return services
