"""The background task that delivers stored e-mail (django-tasks, "background")."""

from datetime import timedelta

from django.utils import timezone

from django_tasks import task

from . import delivery


@task(backend="background", queue_name="email")
def deliver_email(email_id):
    """Send one stored message; on failure, enqueue the next attempt."""
    delay = delivery.deliver(email_id)
    if delay is not None:
        deliver_email.using(
            run_after=timezone.now() + timedelta(seconds=delay)
        ).enqueue(email_id)
