"""The demo site served by processes of its own, with the page cache on.

These tests change the content from another process (as the scheduler, a
command or a shell does), stop Redis under a running server and run two
application servers on one database: what the suite's in-process tests
cannot show. Each site migrates and loads the demo into a database of its
own. Redis is Debian's redis-server, started on a free port; the tests that
need it skip without it, except in CI (``make test`` installs it).
"""

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from pressroom.tests.browser.conftest import require
from pressroom.tests.browser.server import DemoSite

# The host the served sites treat as their own address (the page cache
# keeps only pages asked for by that name).
SITE_HOST = "localhost"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """Debian's redis-server on a free loopback port, in a directory of its own."""

    def __init__(self, directory):
        self.directory = Path(directory)
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 (fixed argv, no shell)
            [
                shutil.which("redis-server"),
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--dir",
                str(self.directory),
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture
def redis_server(tmp_path):
    require(shutil.which("redis-server"), "Debian's redis-server is not installed")
    server = RedisServer(tmp_path).start()
    yield server
    server.stop()


def start_site(env=None):
    """A demo site process with the page cache on; wait until it serves."""
    site = DemoSite(
        tempfile.mkdtemp(prefix="pressroom-served-"),
        env={
            "PRESSROOM_SERVED_PAGE_CACHE_SECONDS": "86400",
            "WAGTAILADMIN_BASE_URL": f"http://{SITE_HOST}",
            **(env or {}),
        },
    ).start()
    return site.wait(timeout=300)


def stop_site(site):
    site.stop()
    shutil.rmtree(site.workdir, ignore_errors=True)


class Reader:
    """An anonymous reader of a served site, by its own host name."""

    def __init__(self, site):
        self.site = site

    def get(self, path):
        """(status, headers, text) of a GET of ``path``; redirects not followed."""
        request = urllib.request.Request(  # noqa: S310 (our own http:// site)
            self.site.url + path, headers={"Host": SITE_HOST}
        )
        opener = urllib.request.build_opener(NoRedirects)
        try:
            with opener.open(request, timeout=30) as response:  # noqa: S310
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode(errors="replace")


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def change_page(site, path, *lines):
    """Run ``lines`` of Python in a shell of another process, with ``page``
    the English page at ``path`` (as an operator's shell would)."""
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    script = [
        "from datetime import timedelta",
        "from django.utils import timezone",
        "from wagtail.models import Page, PageViewRestriction",
        f"page = Page.objects.get(slug={slug!r}, locale__language_code='en').specific",
        *lines,
    ]
    site.manage("shell", "--no-startup", "--command", "\n".join(script))


def postgres_database_url(*, migrated=False):
    """A new PostgreSQL database on the server ``DATABASE_URL`` names, empty
    or (``migrated``) a copy of the migrated template; None when the suite
    does not run on PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return None
    import psycopg

    from pressroom.migrated_template import migrated_template

    name = f"pressroom_served_{secrets.token_hex(4)}"
    template = f' TEMPLATE "{migrated_template(url)}"' if migrated else ""
    with psycopg.connect(url, autocommit=True) as connection:
        # Names made here and by migrated_template only.
        connection.execute(f'CREATE DATABASE "{name}"{template}')
    return urlsplit(url)._replace(path=f"/{name}").geturl(), name


def drop_postgres_database(name):
    import psycopg

    url = os.environ["DATABASE_URL"]
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
