"""The shipped nginx configuration in front of a served demo site.

deploy/nginx.conf.template is rendered as deploy/serve-prod renders it
(deploy/render-nginx-conf) and Debian's nginx runs it with ``-p`` on a free
loopback port, in front of a demo site process. The tests skip without
nginx, except in CI (``make test`` installs it).
"""

import http.client
import json
import os
import shutil
import ssl
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressroom.tests.browser.conftest import require
from pressroom.tests.test_hostile_input import FUZZ, MARKER, hostile_text

from .conftest import SITE_HOST, Reader, free_port, start_site, stop_site

# Its site runs on SQLite, whatever the suite's database (docs/testing.md).
pytestmark = [pytest.mark.served, pytest.mark.own_site]

BASE_DIR = Path(__file__).resolve().parents[3]
NGINX = shutil.which("nginx") or next(
    (path for path in ("/usr/sbin/nginx",) if os.path.exists(path)), None
)

DOCUMENTS_SCRIPT = """
import json
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
Document = get_document_model()
private = Collection.get_first_root_node().add_child(name="Private briefings")
CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
public = Document.objects.create(
    title="Public note",
    file=ContentFile(b"%PDF-1.4 public note", name="public-note.pdf"),
)
restricted = Document.objects.create(
    title="Briefing", collection=private,
    file=ContentFile(b"%PDF-1.4 restricted briefing", name="briefing-plan.pdf"),
)
print(json.dumps({
    name: {"url": document.url, "file": document.file.name}
    for name, document in (("public", public), ("restricted", restricted))
}))
"""


class Nginx:
    """Debian's nginx running deploy/nginx.conf.template in ``directory``."""

    def __init__(self, directory, site, tls=None):
        self.directory = Path(directory)
        self.site = site
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # TLS: {"TLS_CERTIFICATE": path, "TLS_CERTIFICATE_KEY": path}; the
        # site is then on https:// and plain HTTP on http_port redirects.
        self.tls = tls
        if tls:
            self.http_port = free_port()
            self.url = f"https://127.0.0.1:{self.port}"

    def start(self):
        run = self.directory / "nginx"
        pages = run / "no-page-files"
        static = self.directory / "static"
        for folder in (run / "tmp", pages, static):
            folder.mkdir(parents=True, exist_ok=True)
        self.site.manage("prepare_page_files", str(run))
        user = ""
        if os.geteuid() == 0:
            # As serve-prod does as root: workers drop to www-data.
            user = "user www-data www-data;"
            shutil.chown(run / "tmp", "www-data", "www-data")
        env = {
            **os.environ,
            "USER_LINE": user,
            "RUN": str(run),
            "LISTEN": f"127.0.0.1:{self.port}",
            "APP_ADDRESS": self.site.url.removeprefix("http://"),
            "PAGE_FILES_DIR": str(pages),
            "ACCESS_LOG": str(run / "access.log"),
            "SERVER_NAME": "127.0.0.1 localhost",
            "STATIC_ROOT": str(static),
            "MEDIA_ROOT": str(self.site.workdir / "media"),
        }
        if self.tls:
            env.update(self.tls, HTTP_LISTEN=f"127.0.0.1:{self.http_port}")
        subprocess.run(  # noqa: S603 (our own script, fixed arguments)
            [
                str(BASE_DIR / "deploy" / "render-nginx-conf"),
                str(BASE_DIR / "deploy" / "nginx.conf.template"),
                str(run / "nginx.conf"),
            ],
            env=env,
            check=True,
        )
        for args in (["-q", "-t"], []):
            subprocess.run(  # noqa: S603 (Debian's nginx, fixed arguments)
                [NGINX, *args, "-p", str(run), "-c", "nginx.conf"], check=True
            )
        deadline = time.monotonic() + 10
        while not (run / "nginx.pid").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        return self

    def stop(self):
        run = self.directory / "nginx"
        subprocess.run(  # noqa: S603 (Debian's nginx, fixed arguments)
            [NGINX, "-p", str(run), "-c", "nginx.conf", "-s", "stop"], check=False
        )

    def error_log(self):
        log = self.directory / "nginx" / "error.log"
        return log.read_text(errors="replace")[-4000:] if log.exists() else ""


@pytest.fixture(scope="module")
def site():
    require(NGINX, "Debian's nginx is not installed (apt-get install nginx)")
    site = start_site(env={"DOCUMENTS_ACCEL_URL": "/_documents/"})
    try:
        # nginx's workers (www-data as root) read the uploads.
        site.workdir.chmod(0o755)
        output = site.manage("shell", "--no-startup", "--command", DOCUMENTS_SCRIPT)
        site.documents = json.loads(output.strip().splitlines()[-1])
        yield site
    finally:
        stop_site(site)


@pytest.fixture(scope="module")
def served(site):
    """(reader through nginx, the documents made, nginx) on plain HTTP."""
    directory = Path(tempfile.mkdtemp(prefix="pressroom-nginx-"))
    directory.chmod(0o755)
    nginx = Nginx(directory, site)
    try:
        nginx.start()
        front = type("Front", (), {"url": nginx.url})()
        yield Reader(front), site.documents, nginx
    finally:
        nginx.stop()
        shutil.rmtree(directory, ignore_errors=True)


def test_a_public_documents_link_sends_the_file(served):
    reader, documents, nginx = served

    status, headers, body = reader.get(documents["public"]["url"])

    assert status == 200, nginx.error_log()
    assert body == "%PDF-1.4 public note"
    assert headers["Content-Type"] == "application/pdf"
    assert headers["X-Content-Type-Options"] == "nosniff"
    # nginx sent the file (Django's streaming answer takes no ranges).
    assert headers["Accept-Ranges"] == "bytes"
    assert "X-Accel-Redirect" not in headers


def test_a_restricted_documents_link_asks_the_reader_to_sign_in(served):
    reader, documents, _ = served

    status, headers, body = reader.get(documents["restricted"]["url"])

    assert status == 302
    assert "login" in headers["Location"]
    assert "restricted briefing" not in body
    sign_in, _, form = reader.get(headers["Location"].removeprefix("http://localhost"))
    assert sign_in == 200
    assert 'name="password"' in form


@pytest.mark.parametrize("name", ["public", "restricted"])
@pytest.mark.parametrize(
    "prefix",
    [
        "/media/",
        "/media//",
        "/media/./",
        "/media/images/../",
        "/_documents/../media/",
    ],
)
def test_no_url_serves_the_documents_folder(served, name, prefix):
    reader, documents, _ = served
    stored = documents[name]["file"]  # documents/<file name>

    for path in (
        prefix + stored,
        prefix + stored.replace("documents/", "%64ocuments/"),
        prefix + stored.replace("documents/", "documents%2F"),
        "/_documents/" + stored.removeprefix("documents/"),
    ):
        status, _, body = reader.get(path)
        assert status == 404, path
        assert "%PDF" not in body, path


@pytest.mark.parametrize(
    "path",
    [
        "/en/" + "a" * 4500,
        "/en/" + "a" * 4500 + "/",
        "/en/newsroom/" + "%D0%B0" * 750,
        "/api/v2/pages/?search=" + "a" * 4500,
    ],
)
def test_a_very_long_address_is_refused_not_an_error(served, path):
    reader, _, nginx = served

    status, _, _ = reader.get(path)

    assert status in {400, 414}, (status, nginx.error_log())


def test_a_long_address_within_the_limit_is_answered_without_an_error(served):
    reader, _, nginx = served

    # Django redirects to the address with a slash: a long Location header.
    status, _, _ = reader.get("/en/" + "a" * 3900)

    assert status < 500, nginx.error_log()


# TLS: deploy/nginx-tls.conf.template with a certificate made for the test.


@pytest.fixture(scope="module")
def tls_nginx(site):
    require(
        shutil.which("openssl"), "openssl is not installed (apt-get install openssl)"
    )
    directory = Path(tempfile.mkdtemp(prefix="pressroom-nginx-tls-"))
    directory.chmod(0o755)
    certificate, key = directory / "site.crt", directory / "site.key"
    subprocess.run(  # noqa: S603 (openssl, fixed arguments)
        [
            shutil.which("openssl"),
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            f"/CN={SITE_HOST}",
            "-keyout",
            str(key),
            "-out",
            str(certificate),
        ],
        check=True,
        capture_output=True,
    )
    key.chmod(0o644)  # read by the test's nginx only
    tls = {"TLS_CERTIFICATE": str(certificate), "TLS_CERTIFICATE_KEY": str(key)}
    nginx = Nginx(directory, site, tls=tls)
    try:
        nginx.start()
        yield nginx
    finally:
        nginx.stop()
        shutil.rmtree(directory, ignore_errors=True)


def fetch(port, path, secure=True):
    """(status, headers) of a GET of ``path`` on the loopback ``port``."""
    if secure:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # the test's own certificate
        connection = http.client.HTTPSConnection(
            "127.0.0.1", port, context=context, timeout=30
        )
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": SITE_HOST})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status, response.headers


def test_every_answer_over_tls_carries_hsts_once(site, tls_nginx):
    paths = [
        site.documents["public"]["url"],  # the internal documents location
        site.documents["restricted"]["url"],  # a redirect by the application
        "/media/documents/" + site.documents["public"]["file"].split("/")[-1],
        "/media/original_images/missing.jpg",
        "/static/missing.css",
        "/en/",  # a page from the application (no page file here)
        "/en/no-such-page/",
    ]
    for path in paths:
        status, headers = fetch(tls_nginx.port, path)
        assert status < 500, (path, tls_nginx.error_log())
        assert headers.get_all("Strict-Transport-Security") == [
            "max-age=31536000; includeSubDomains"
        ], path


def test_plain_http_only_redirects_to_https(site, tls_nginx):
    for path in ("/en/", site.documents["public"]["url"], "/static/x.css", "/"):
        status, headers = fetch(tls_nginx.http_port, path, secure=False)

        assert status == 301, path
        assert headers["Location"] == (f"https://127.0.0.1:{tls_nginx.port}{path}"), (
            path
        )


# Hostile input through nginx: the fuzz of test_hostile_input.py, sent to the
# shipped configuration in front of a served site (issue: never a 5xx).
FUZZED_ADDRESSES = (
    "/en/search/?q={}",
    "/sr-latn/search/?q={}&year={}",
    "/api/search?q={}",
    "/api/v2/pages/?search={}&type={}",
    "/api/v2/images/?script={}",
    "/en/newsroom/?year={}&kind={}",
    "/sr/{}/",
    "/en/newsroom/{}",
    "/{}",
)


@FUZZ
@given(
    address=st.sampled_from(FUZZED_ADDRESSES),
    first=hostile_text,
    second=hostile_text,
)
def test_hostile_input_through_nginx_is_never_an_error(served, address, first, second):
    reader, _, nginx = served

    path = address.format(quote(first, safe=""), quote(second, safe=""))
    status, headers, body = reader.get(path)

    assert status < 500, (path[:200], status, nginx.error_log())
    if not headers.get("Content-Type", "").startswith("application/json"):
        assert MARKER not in body, path[:200]


ORIGINAL_SCRIPT = """
from pressroom.testing import make_picture
print(make_picture().file.name)
"""


def test_no_url_serves_an_original_image(site, served):
    """An embargoed release's photos: originals go out only through a view
    that asked the visibility rule (X-Accel-Redirect), never by their name."""
    reader, _, nginx = served
    output = site.manage("shell", "--no-startup", "--command", ORIGINAL_SCRIPT)
    name = output.strip().splitlines()[-1]  # original_images/picture-N.jpg
    assert name.startswith("original_images/"), name
    file_name = name.removeprefix("original_images/")

    for path in (
        f"/media/{name}",
        f"/media//{name}",
        f"/media/images/../{name}",
        f"/_original_images/{file_name}",
    ):
        status, _, body = reader.get(path)
        assert status == 404, (path, status, nginx.error_log())
        assert "JFIF" not in body, path
