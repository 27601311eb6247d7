"""The worker's heartbeat: a task whose only work is to say it ran."""

from django_tasks import task

from . import heartbeat


@task(backend="background", queue_name="default")
def worker_heartbeat():
    """Record that the task worker is alive (enqueued by the scheduler)."""
    heartbeat.beat(heartbeat.WORKER)
