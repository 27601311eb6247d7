"""The shipped nginx configuration in front of a served demo site.

deploy/nginx.conf.template is rendered as deploy/serve-prod renders it
(deploy/render-nginx-conf) and Debian's nginx runs it with ``-p`` on a free
loopback port, in front of a demo site process. The tests skip without
nginx, except in CI (``make test`` installs it).
"""

import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from pressroom.tests.browser.conftest import require

from .conftest import Reader, free_port, start_site, stop_site

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

    def __init__(self, directory, site):
        self.directory = Path(directory)
        self.site = site
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"

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
def served():
    """(reader through nginx, the documents made) for the module's tests."""
    require(NGINX, "Debian's nginx is not installed (apt-get install nginx)")
    site = start_site(env={"DOCUMENTS_ACCEL_URL": "/_documents/"})
    directory = Path(tempfile.mkdtemp(prefix="pressroom-nginx-"))
    nginx = None
    try:
        # nginx's workers (www-data as root) read the uploads and its files.
        for folder in (site.workdir, directory):
            folder.chmod(0o755)
        output = site.manage("shell", "--no-startup", "--command", DOCUMENTS_SCRIPT)
        documents = json.loads(output.strip().splitlines()[-1])
        nginx = Nginx(directory, site).start()
        front = type("Front", (), {"url": nginx.url})()
        yield Reader(front), documents, nginx
    finally:
        if nginx is not None:
            nginx.stop()
        stop_site(site)
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
