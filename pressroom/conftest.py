"""Test fixtures shared by every app.

The test database holds the empty site ``manage.py setup_site --noinput``
makes (home pages, newsroom and section, contact and media inquiry pages in
English and Serbian; search and subscriptions come with them) at
``TEST_SITE_URL``, without users. Tests make the rest with the factories in
``pressroom.testing``.

Only tests about the demo content (marker ``demo``) see the demo: it replaces
the empty site once, in a transaction kept open while they run and rolled
back at the end of the session, and they run after every other test (each
still rolls back its own changes on top). ``pytest -m demo`` runs them alone,
``-m "not demo"`` leaves them out. A transactional test (``transaction=True``)
would flush the database for the tests after it; there is none.

The functions behind the fixtures, which benchmarks use too, live in
``pressroom.testing``.
"""

import os
from io import StringIO
from unittest import mock

from django.core.cache import caches
from django.core.management import call_command
from django.utils import translation

from wagtail.models import Locale

import pytest

from pressroom.testing import (
    MailServer,
    data_for_each_module,
    data_kept_for_a_scope,
    make_site_content,
    publish_more_articles,
    query_counter,
    run_background_tasks,
    sign_in_with_second_factor,
    url_in_reading_language,
)

#: The test site's address, whatever SITE_URL the environment gives (the
#: demo's site has the same address).
TEST_SITE_URL = "http://localhost"


def pytest_addoption(parser):
    parser.addoption(
        "--demo-only",
        action="store_true",
        help="run only the tests about the demo content (marker demo)",
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Run the demo's tests last, each with the demo (after pytest-django's
    own ordering, which this keeps for the others).

    ``--demo-only`` keeps only them. A pytest-xdist worker leaves them out:
    the demo stays loaded from the first of them to the end of the session,
    and a worker cannot tell that no other file will come after it.
    ``make test`` runs them in a second, single-process pass.
    """
    demo_only = config.getoption("demo_only")
    in_worker = bool(os.environ.get("PYTEST_XDIST_WORKER"))
    kept, left_out = [], []
    for item in items:
        about_demo = item.get_closest_marker("demo") is not None
        if (demo_only and not about_demo) or (in_worker and about_demo):
            left_out.append(item)
            continue
        if about_demo and "demo_content" not in item.fixturenames:
            # First, so that the demo's transaction is open before the test's.
            item.fixturenames.insert(0, "demo_content")
        kept.append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
    kept.sort(key=lambda item: item.get_closest_marker("demo") is not None)
    items[:] = kept


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """On PostgreSQL, the test database is a copy of a migrated template
    (pressroom.migrated_template) instead of being migrated by each process."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.postgresql":
        from pressroom.migrated_template import migrated_template

        template = migrated_template(os.environ["DATABASE_URL"])
        database.setdefault("TEST", {})["TEMPLATE"] = template


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the empty site once into the test database; tests roll back on top.

    ``setup_site --noinput`` as an office runs it, with a fixed address; the
    first administrator it must create is removed again: tests make the
    users they need (pytest-django's ``admin_user``, ...).
    """
    from django.contrib.auth import get_user_model

    password = {"DJANGO_SUPERUSER_PASSWORD": "a-long-test-only-password-1"}
    with django_db_blocker.unblock(), mock.patch.dict(os.environ, password):
        call_command(
            "setup_site",
            "--noinput",
            url=TEST_SITE_URL,
            admin_username="setup-admin",
            stdout=StringIO(),
        )
        get_user_model().objects.filter(username="setup-admin").delete()


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The demo site in place of the empty one, for the tests marked ``demo``.

    Loaded inside a transaction that stays open until the end of the session
    and is then rolled back, so the demo is loaded once and no other test
    sees it (they run before, see ``pytest_collection_modifyitems``).
    """
    from wagtail.models import Page

    from pressroom.demo.loader import load_demo

    with data_kept_for_a_scope(django_db_blocker) as build:
        with build():
            # The demo builds the site as `make run` does, on an empty tree.
            for home in Page.get_first_root_node().get_children():
                home.delete()
            load_demo()
        yield


# make_site_content() once per module, for modules about pages that show many
# things at once: ``pytestmark = pytest.mark.usefixtures("site_content")``.
site_content = data_for_each_module(make_site_content, autouse=False)


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
def default_language():
    """Every test starts in the site's default language, whatever language a
    test before it left active in this thread (a request, an override not
    closed), and leaves it so."""
    translation.deactivate()
    yield
    translation.deactivate()


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
    return sign_in_with_second_factor(client, admin_user)


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
