"""The background task that sends a new press release to its subscribers."""

from django_tasks import task

from . import services


@task(backend="background", queue_name="email")
def announce_press_release(page_id):
    """Write press release ``page_id`` to each confirmed subscriber of its language."""
    services.press_release_deliver(page_id=page_id)
