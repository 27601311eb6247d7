"""The demo site served on 127.0.0.1 for the browser tests, in a process of its own.

Browser tests need data that the server sees and that an editor can change and
publish for real, which the suite's test database cannot give: its tests run
in transactions that are rolled back, and a transactional test would flush the
demo that is loaded into it once per session. So the browser tests drive a
separate process on a fresh SQLite file, whatever database the rest of the
suite runs on:

``python -m pressroom.tests.browser.server serve``
    migrates the database named by ``DATABASE_URL``, loads the demo, binds a
    free port on 127.0.0.1, prints one line (``READY`` and a JSON catalogue of
    the site's address and its public pages in every reading language) and
    serves until it is terminated. Settings: ``pressroom.tests.browser.settings``
    (``DEBUG`` off, so the 404 page is the site's own); static files and
    uploads are served by the process itself.

``python -m pressroom.tests.browser.server add-editor USERNAME PASSWORD``
    adds an editor with the demo editor's groups, for the editor's journey.

:class:`DemoSite` starts and stops that process from the tests and from the
screenshot command; it imports nothing from Django.
"""

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[3]
READY = "READY"
LANGUAGES = ("en", "sr", "sr-latn")


class DemoSiteError(RuntimeError):
    """The demo site did not start; the message ends with its log."""


class DemoSite:
    """A demo site process with its own database and uploads in ``workdir``.

    ``env``: more environment for its processes (another database, Redis,
    the page cache on: ``pressroom.tests.served``).
    """

    def __init__(self, workdir, env=None):
        self.workdir = Path(workdir)
        self.extra_env = dict(env or {})
        self.log_path = self.workdir / "server.log"
        self.process = None
        self._log = None
        self.url = None
        self.pages = None

    @property
    def env(self):
        """The environment of the site's processes: own settings and database."""
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "pressroom.tests.browser.settings",
            "DATABASE_URL": f"sqlite:///{self.workdir / 'browser.sqlite3'}",
            "PRESSROOM_BROWSER_MEDIA_ROOT": str(self.workdir / "media"),
            "PYTHONUNBUFFERED": "1",
            **self.extra_env,
        }

    def _command(self, *args):
        return [sys.executable, "-m", "pressroom.tests.browser.server", *args]

    def start(self):
        """Start preparing and serving the site; :meth:`wait` until it is up."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "w")  # noqa: SIM115 (open while it runs)
        self.process = subprocess.Popen(  # noqa: S603 (fixed argv, no shell)
            self._command("serve"),
            cwd=BASE_DIR,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )
        return self

    def wait(self, timeout=180):
        """Block until the site serves; return self with ``url`` and ``pages``."""
        if self.url is not None:
            return self
        if self.process is None or self.process.stdout.closed:
            raise DemoSiteError(f"The demo site is not running.\n{self.log()}")
        announcement = []
        reader = threading.Thread(
            target=self._read_announcement, args=(announcement,), daemon=True
        )
        reader.start()
        reader.join(timeout)
        if not announcement:
            self.stop()
            raise DemoSiteError(f"The demo site did not start.\n{self.log()}")
        catalogue = json.loads(announcement[0])
        self.url, self.pages = catalogue["url"], catalogue["pages"]
        return self

    def _read_announcement(self, found):
        # Ends at the announcement, or when the process ends without one.
        for line in self.process.stdout:
            if line.startswith(READY):
                found.append(line[len(READY) :])
                return

    def path(self, name, language):
        """The path of a catalogued page, ``"404"`` (a missing one), ``"search"``,
        ``"subscribe"`` (the press release subscription form),
        ``"subscription-sent"`` (its "check your inbox" page) or
        ``"subscription-bad-link"`` (an unknown confirmation link, a 404),
        ``"accreditation"`` (the accreditation form)."""
        if name == "404":
            return f"/{language}/no-such-page/"
        # The subscription pages' segments are translated (docs/glossary.md).
        base = "/en/subscriptions/" if language == "en" else f"/{language}/pretplata/"
        if name == "subscribe":
            return base
        if name == "subscription-sent":
            return base + (
                "check-your-inbox/" if language == "en" else "proverite-postu/"
            )
        if name == "subscription-bad-link":
            return (
                base
                + ("confirm" if language == "en" else "potvrda")
                + "/no-such-token/"
            )
        if name == "accreditation":
            # The accreditation form (translated segment, docs/glossary.md).
            segment = "accreditation" if language == "en" else "akreditacija"
            return f"/{language}/{segment}/"
        if name == "search":
            # a query with results in every language, so results are checked too
            return f"/{language}/search/?q=vucetic"
        return self.pages[name][language]

    def log(self, last=4000):
        """The end of the site's log (requests, warnings, tracebacks)."""
        if not self.log_path.exists():
            return ""
        return self.log_path.read_text(errors="replace")[-last:]

    def add_editor(self, username, password):
        """Create an editor (Editors and Moderators, like the demo editor)."""
        result = subprocess.run(  # noqa: S603 (fixed argv, no shell)
            self._command("add-editor", username, password),
            cwd=BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
        )
        if result.returncode:
            raise DemoSiteError(f"Could not add an editor.\n{result.stderr[-4000:]}")

    def manage(self, *args):
        """Run ``manage.py`` with ``args`` in a process of its own, on the
        site's database and settings (as the scheduler or an operator's
        shell would); return its standard output."""
        result = subprocess.run(  # noqa: S603 (our own manage.py, no shell)
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
        )
        if result.returncode:
            raise DemoSiteError(f"manage.py {args[0]} failed.\n{result.stderr[-4000:]}")
        return result.stdout

    def stop(self):
        """Terminate the site's process; its files stay for inspection."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None:
            self.process.stdout.close()
        if self._log is not None:
            self._log.close()


# The site's own process -----------------------------------------------------


def _catalogue():
    """The public pages of every type, by name, with their URL in each language.

    Names: ``home``, ``newsroom``, ``standard``, ``contact``, ``inquiry`` (the
    media inquiry form), ``calendar`` (the media calendar), ``event`` (its
    first upcoming event) and ``article-<kind>`` for every kind of article;
    each maps the reading languages to paths and ``sr_id`` to the Serbian
    page's id (for the admin).
    """
    from django.utils import translation

    from wagtail.models import Locale

    from pressroom.contact.models import ContactPage
    from pressroom.events.models import MediaCalendarPage, MediaEventPage
    from pressroom.home.models import PRIVACY_SLUGS, HomePage, StandardPage
    from pressroom.inquiries.models import MediaInquiryPage
    from pressroom.news.models import ArticleKind, ArticlePage, NewsIndexPage

    english = Locale.objects.get(language_code="en")
    serbian = Locale.objects.get(language_code="sr")
    live = {"locale": english, "live": True}
    pages = {
        "home": HomePage.objects.get(**live),
        "newsroom": NewsIndexPage.objects.filter(**live).order_by("depth").first(),
        # A page about the office, not the privacy notice setup_site makes.
        "standard": StandardPage.objects.filter(**live)
        .exclude(slug__in=PRIVACY_SLUGS.values())
        .order_by("path")
        .first(),
        "contact": ContactPage.objects.get(**live),
        "inquiry": MediaInquiryPage.objects.get(**live),
        "calendar": MediaCalendarPage.objects.get(**live),
        "event": MediaEventPage.objects.filter(**live).order_by("starts_at").first(),
    }
    for kind in ArticleKind.values:
        pages[f"article-{kind}"] = (
            ArticlePage.objects.filter(kind=kind, **live).order_by("-date").first()
        )
    catalogue = {}
    for name, page in pages.items():
        translations = {"en": page, "sr": page.get_translation(serbian)}
        entry = {"sr_id": translations["sr"].pk}
        for language in LANGUAGES:
            with translation.override(language):
                entry[language] = translations[language[:2]].get_url()
        catalogue[name] = entry
    catalogue["embargo"] = _embargoed_release_links(serbian)
    return catalogue


def _embargoed_release_links(serbian):
    """``embargo``: an accredited journalist's personal link to a press release
    under embargo, in each reading language (the Serbian version for both
    Serbian scripts)."""
    from datetime import timedelta

    from django.urls import reverse
    from django.utils import timezone, translation

    from pressroom.accreditation.models import EmbargoLink
    from pressroom.testing import make_accreditation, make_article

    # A second server on the same database (test_two_servers) finds them made.
    if not EmbargoLink.objects.exists():
        make_accreditation(reading_language="en")
        make_accreditation(reading_language="sr")
        english = make_article(
            kind="press_release", title="New liaison officers arrive", publish=False
        )
        serbian_version = english.copy_for_translation(serbian)
        serbian_version.title = "Долазе нови официри за везу"
        for version in (english, serbian_version):
            version.go_live_at = timezone.now() + timedelta(days=30)
            version.save_revision().publish()
    english = EmbargoLink.objects.get(page__locale__language_code="en").page
    versions = {"en": english, "sr": english.get_translation(serbian)}
    entry = {"sr_id": versions["sr"].pk}
    for language in LANGUAGES:
        link = EmbargoLink.objects.get(page=versions[language[:2]])
        with translation.override(language):
            entry[language] = reverse("embargoed_release", args=[link.token])
    return entry


def _prepare():
    """Migrate the site's database and load the demo, quietly."""
    import logging

    from django.core.management import call_command

    from pressroom.demo.loader import load_demo

    call_command("migrate", interactive=False, verbosity=0)
    logging.getLogger("wagtail").setLevel(logging.WARNING)
    load_demo()


def _application():
    """The site's WSGI application, also serving static files and uploads."""
    from django.conf import settings
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.wsgi import get_wsgi_application

    from whitenoise import WhiteNoise

    uploads = WhiteNoise(
        get_wsgi_application(),
        root=settings.MEDIA_ROOT,
        prefix=settings.MEDIA_URL,
        autorefresh=True,
    )
    return StaticFilesHandler(uploads)


def _exit_with_parent():
    # A test run that dies without stopping the site must not leave it serving.
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def serve():
    """Prepare the site, announce it on stdout and serve until terminated."""
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.db import connections

    threading.Thread(target=_exit_with_parent, daemon=True).start()
    _prepare()
    pages = _catalogue()
    connections.close_all()
    server = ThreadedWSGIServer(("127.0.0.1", 0), WSGIRequestHandler)
    server.set_app(_application())
    host, port = server.server_address[:2]
    print(READY + json.dumps({"url": f"http://{host}:{port}", "pages": pages}))
    sys.stdout.flush()
    server.serve_forever()


def add_editor(username, password):
    """Create a staff user in the groups that may edit and publish pages."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        username=username,
        password=password,
        email=f"{username}@pressroom.invalid",
        is_staff=True,
    )
    user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))


def main(argv):
    import django

    django.setup()
    if argv[:1] == ["serve"]:
        serve()
    elif argv[:1] == ["add-editor"] and len(argv) == 3:
        add_editor(*argv[1:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
