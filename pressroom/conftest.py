"""Test fixtures shared by every app: the demo site, loaded once per test run."""

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale

import pytest


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
    paths) may answer another, whose database was rolled back.
    """
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def serbian(db):
    """The Serbian content locale."""
    return Locale.objects.get(language_code="sr")


@pytest.fixture
def english(db):
    """The English content locale."""
    return Locale.objects.get(language_code="en")


def publish_more_articles(count, first=0):
    """Add ``count`` live articles in each language, numbered from ``first``,
    with everything a card and an article page show: an image, topics, a
    related article.

    They are made live directly and indexed for search, which is much faster
    than publishing revisions and serves the same pages.
    """
    from datetime import date, timedelta

    from wagtail.images import get_image_model

    from pressroom.news.models import ArticlePage, NewsIndexPage, RelatedArticle
    from pressroom.search.index import index_page

    image = get_image_model().objects.first()
    for locale in Locale.objects.all():
        section = NewsIndexPage.objects.filter(locale=locale).order_by("-depth")[0]
        existing = ArticlePage.objects.filter(locale=locale).first()
        topics = list(existing.topics.all())
        for number in range(first, first + count):
            article = section.add_child(
                instance=ArticlePage(
                    title=f"Exercise report {number}",
                    slug=f"exercise-report-{number}",
                    date=date(2026, 1, 1) + timedelta(days=number),
                    lead="An exercise report for the query-count tests.",
                    image=image,
                    body=[("paragraph", "<p>The exercise went on.</p>")],
                    locale=locale,
                    live=True,
                )
            )
            article.topics.set(topics)
            RelatedArticle.objects.create(page=article, article=existing)
            index_page(article)


def query_counter(client, after_change):
    """A function giving the number of SQL queries serving a URL takes.

    The URL is requested once before counting, so that per-process caches
    (the site, Wagtail's site root paths, renditions, pictures' markup) are
    warm as they are on a running server. ``after_change``: the content
    version is then replaced, as a publish replaces it, so that the counted
    render reads everything it shows from the database
    (``pressroom.rendercache``).
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from pressroom.rendercache.reuse import content_changed

    def count(url):
        assert client.get(url).status_code == 200
        if after_change:
            content_changed()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    return count


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


class MailServer:
    """A real SMTP server (aiosmtpd) on a free local port, started on demand."""

    def __init__(self):
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.messages = []
        self._controller = None

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes, policy

        self.messages.append(message_from_bytes(envelope.content, policy=policy.SMTP))
        return "250 Message accepted for delivery"

    def start(self):
        from aiosmtpd.controller import Controller

        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self):
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


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
