"""Test fixtures shared by every app: the demo site, loaded once per test run."""

from django.utils import translation

from wagtail.models import Locale

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once into the test database; tests roll back on top."""
    from pressroom.demo.loader import load_demo

    with django_db_blocker.unblock():
        load_demo()


@pytest.fixture
def serbian(db):
    """The Serbian content locale."""
    return Locale.objects.get(language_code="sr")


@pytest.fixture
def english(db):
    """The English content locale."""
    return Locale.objects.get(language_code="en")


def url_in_reading_language(page, language):
    """The URL of ``page`` as a reader of ``language`` (en, sr, sr-latn) finds it."""
    with translation.override(language):
        return page.get_url()


@pytest.fixture
def reading_url():
    """Return a function giving a page's URL in a reading language."""
    return url_in_reading_language


def run_background_tasks(max_tasks=None):
    """Run the tasks waiting in the database queue, in this process, then return.

    This is django-tasks-db's own worker, minus two things a test cannot
    have: signal handlers, and closing the connection between tasks (the
    test's database lives inside one transaction).
    """
    from unittest import mock

    from django_tasks_db.management.commands import db_worker

    worker = db_worker.Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="background",
        startup_delay=False,
        max_tasks=max_tasks,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        worker.run()


@pytest.fixture
def deliver_email(db):
    """Run the e-mail worker (call it); django.core.mail.outbox then has the mail."""
    return run_background_tasks


@pytest.fixture
def admin_client(client, admin_user):
    """A signed-in administrator who has also passed the two-factor step."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=admin_user, name="phone", confirmed=True)
    client.force_login(admin_user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
