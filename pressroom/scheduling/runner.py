"""Run the periodic jobs listed in settings.SCHEDULED_JOBS when they are due."""

import logging
import traceback

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from pressroom.health import heartbeat

from .models import JobRun
from .timetable import is_due, parse_job

logger = logging.getLogger(__name__)


def scheduled_jobs():
    """The jobs configured in settings, validated."""
    return [parse_job(spec) for spec in settings.SCHEDULED_JOBS]


def _claim(run, now):
    """Mark ``run`` started unless another scheduler started it first."""
    if run.last_started_at is None:
        unchanged = Q(last_started_at__isnull=True)
    else:
        unchanged = Q(last_started_at=run.last_started_at)
    with transaction.atomic():
        return bool(
            JobRun.objects.filter(unchanged, pk=run.pk).update(last_started_at=now)
        )


def run_due_jobs(now=None):
    """Start every job that is due at ``now``; return the names of those run."""
    now = now or timezone.now()
    ran = []
    for job in scheduled_jobs():
        run, _ = JobRun.objects.get_or_create(
            name=job.name, defaults={"first_seen_at": now}
        )
        since = run.last_started_at or run.first_seen_at
        if not is_due(job, since, now, settings.TIME_ZONE) or not _claim(run, now):
            continue
        error = ""
        try:
            call_command(job.command, *job.args, verbosity=0)
        except Exception:  # noqa: BLE001 - one failing job must not stop the others
            error = traceback.format_exc()
            logger.exception("Scheduled job %s failed", job.name)
        JobRun.objects.filter(pk=run.pk).update(
            last_finished_at=timezone.now(), last_error=error
        )
        ran.append(job.name)
    return ran


def run_round(now=None):
    """One round of the scheduler: its heartbeat, the worker's heartbeat task
    when due (``pressroom.health.heartbeat``), then the due jobs."""
    now = now or timezone.now()
    heartbeat.beat(heartbeat.SCHEDULER, now)
    heartbeat.request_worker_beat(now)
    return run_due_jobs(now)
