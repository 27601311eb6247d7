"""Test fixtures shared by every app: the demo site, loaded once per test run.

The functions behind them, which benchmarks use too, live in
``pressroom.testing``.
"""

from django.core.cache import caches

from wagtail.models import Locale

import pytest

from pressroom.testing import (
    MailServer,
    publish_more_articles,
    query_counter,
    run_background_tasks,
    url_in_reading_language,
)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once into the test database; tests roll back on top."""
    from pressroom.demo.loader import load_demo

    with django_db_blocker.unblock():
        load_demo()


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache.

    Nothing a test stored (a page, a rate-limit count, Wagtail's site root
    paths, a rendition of an image whose id the next test's image gets
    again) may answer another, whose database was rolled back.
    """
    for alias in ("default", "renditions"):
        caches[alias].clear()
    yield
    for alias in ("default", "renditions"):
        caches[alias].clear()


@pytest.fixture(autouse=True)
def nothing_kept_from_other_tests(monkeypatch):
    """Every test starts with nothing kept in this process for its renders.

    Renders are kept by content version (``pressroom.rendercache``) and
    pictures' markup by image (``pictures.kept``); a test's rollback takes
    the version number back, so another test's data, kept under the same
    number, would be served.
    """
    from pressroom.pictures.templatetags import pictures
    from pressroom.rendercache import reuse

    monkeypatch.setattr(reuse, "_store", None)
    monkeypatch.setattr(pictures, "kept", reuse.KeptValues(pictures.KEPT_PICTURES))


@pytest.fixture
def serbian(db):
    """The Serbian content locale."""
    return Locale.objects.get(language_code="sr")


@pytest.fixture
def english(db):
    """The English content locale."""
    return Locale.objects.get(language_code="en")


@pytest.fixture
def queries_to_serve(client):
    """Queries serving a URL takes on the first request after a change."""
    return query_counter(client, after_change=True)


@pytest.fixture
def queries_to_serve_again(client):
    """Queries serving a URL takes when nothing changed since it was last
    served (the page cache off)."""
    return query_counter(client, after_change=False)


@pytest.fixture
def more_articles(db):
    """Return a function publishing N more articles in each language."""
    return publish_more_articles


@pytest.fixture
def reading_url():
    """Return a function giving a page's URL in a reading language."""
    return url_in_reading_language


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


@pytest.fixture
def mail_server(settings):
    """Django sends by SMTP to a local server that is down until ``.start()``.

    Failed deliveries are retried at once (no back-off), so a test can run
    the worker, see the mail wait, start the server and see it go out.
    """
    server = MailServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 5
    settings.OUTBOX_RETRY_DELAYS = [0]
    yield server
    server.stop()
