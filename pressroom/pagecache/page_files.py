"""Cached pages as files that nginx serves itself, as it serves static files.

When ``PAGE_FILES_ROOT`` is set (deploy/serve-prod sets it), every HTML page
the page cache stores for a path without a query string is also written
there: ``/en/news/some-article/`` becomes
``PAGE_FILES_ROOT/en/news/some-article/index.html``. nginx (deploy/) looks
for that file first for anonymous GET and HEAD requests (no session cookie,
no query string, no ``Authorization``) and sends it with ``sendfile`` and
the headers below; only when there is no file does the request reach the
application. A hit then costs nginx what a
static file costs: no cache metadata to read, no stored headers to parse.

Every committed change removes them all (``signals``): the whole tree is
moved aside, then deleted. A render that began before the change could
otherwise leave the old page behind: the writer renames its finished file
into place and then reads the content version again, removing the file if
it moved. Either the removal comes after the rename, or the writer sees the
new version: no stale file survives. (nginx keeps files open but looks at a
file's name on every request, so a removed page is never sent.)

Only pages whose headers nginx reproduces exactly are written:
``expected_headers`` are the headers Django's middleware add to every page
under the current settings; ``manage.py prepare_page_files`` writes them as
nginx ``add_header`` lines for serve-prod, and a page with any other header
(or another value) stays in the page cache alone. ``Content-Language``
follows the path's language (``content_languages``, an nginx ``map``). A
cache hit for a page whose file is missing writes it again (``restore``).
"""

import contextlib
import functools
import logging
import os
import secrets
import tempfile
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.security import SecurityMiddleware

from csp.middleware import CSPMiddleware

from pressroom.languages.reading import READING_LANGUAGES
from pressroom.rendercache.reuse import current_version

FILE_NAME = "index.html"
# The key of a page-cache entry that the middleware also wrote as a file.
AS_FILE = "as_file"
# Every segment of a path lies between two slashes: these find the empty,
# "." and ".." ones, and characters no page path has.
UNSAFE_IN_PATHS = ("//", "/./", "/../", "\0", "\\")
HTML = "text/html; charset=utf-8"
# What browsers get for a cached page: ask again each time, a 304 while it
# has not changed (nginx answers If-Modified-Since and If-None-Match itself).
CACHE_CONTROL = "public, max-age=0, must-revalidate"
# Headers nginx makes itself for a file, or that only concern one response.
OWN_HEADERS = frozenset(
    (
        "content-type",
        "content-length",
        "content-language",
        "etag",
        "last-modified",
        "date",
        "x-accel-expires",
        "strict-transport-security",  # nginx's TLS server adds it
    )
)

logger = logging.getLogger(__name__)


def root():
    """The directory of page files, or None when they are off."""
    return Path(settings.PAGE_FILES_ROOT) if settings.PAGE_FILES_ROOT else None


def file_for(path):
    """The file for ``path`` (a request path), or None if it cannot have one.

    Only paths ending in "/" (every page's URL), made of plain segments: no
    empty, "." or ".." segment, no NUL or backslash.
    """
    name = _file_name(path)
    return None if name is None else Path(name)


def _file_name(path):
    """``file_for`` as a string: cheap enough for every cache hit."""
    base = settings.PAGE_FILES_ROOT
    if not base or len(path) < 2 or path[0] != "/" or path[-1] != "/":
        return None
    if any(part in path for part in UNSAFE_IN_PATHS):
        return None
    return f"{base.rstrip('/')}{path}{FILE_NAME}"


@functools.cache
def expected_headers():
    """The headers every page gets from Django's middleware, as (name, value).

    Worked out by Django's own middleware under the current settings (an
    insecure request: HSTS is left to nginx's TLS server), plus the page
    cache's ``Cache-Control`` and the ``Vary`` of a page read with a session.
    """
    request = HttpRequest()
    request.method, request.path = "GET", "/"
    response = HttpResponse()
    response["Cache-Control"] = CACHE_CONTROL
    response["Vary"] = "Cookie"
    for middleware_class in (
        SecurityMiddleware,
        XFrameOptionsMiddleware,
        CSPMiddleware,
    ):
        response = middleware_class(_no_view).process_response(request, response)
    return tuple(sorted(_site_headers(response.items())))


def _no_view(request):
    raise AssertionError("only the middleware's process_response is called")


def _site_headers(headers):
    """The headers nginx must add, with their names in lower case.

    django-csp writes the policy's directives in an order that differs from
    one process to the next; they are compared, and given to nginx, sorted.
    """
    found = []
    for name, value in headers:
        name = name.lower()
        if name in OWN_HEADERS:
            continue
        if name == "content-security-policy":
            value = "; ".join(sorted(part.strip() for part in value.split(";")))
        found.append((name, value))
    return found


def content_languages():
    """``Content-Language`` of the pages under each reading language's prefix.

    As Django sends it: the language's BCP 47 tag, as ``<html lang>`` says
    (``languages.middleware``).
    """
    return {f"/{language.code}/": language.html_lang for language in READING_LANGUAGES}


def _content_language(path):
    for prefix, value in content_languages().items():
        if path.startswith(prefix):
            return value
    return None


def may_write(request, headers):
    """True if a page sent with ``headers`` for ``request`` may become a file.

    ``headers``: the response's (name, value) pairs. Only for a request the
    page cache keeps for ``PAGE_CACHE_SECONDS`` (not a search).
    """
    if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
        return False
    if _file_name(request.path) is None:  # off, or not a page's path
        return False
    found = {name.lower(): value for name, value in headers}
    return (
        found.get("content-type") == HTML
        and found.get("content-language") == _content_language(request.path)
        and tuple(sorted(_site_headers(headers))) == expected_headers()
    )


def restore(request, entry):
    """Write the file of a page the cache holds, if the file is missing.

    Its write may have failed, or the files were removed while the cache
    kept the page (a restart of nginx's side): the reader who is answered
    from the entry puts the file back, so the next readers get it from
    nginx. Only for an entry stored as a page file (``AS_FILE``, decided
    once by the middleware): a hit on any other costs one dict look-up.
    """
    if not entry.get(AS_FILE):
        return
    name = _file_name(request.path)
    if name is not None and not os.path.exists(name):
        write(request.path, entry["content"], entry["version"])


def write(path, content, version):
    """Write ``content``, rendered under content ``version``, as the file of
    ``path``.

    A change committed meanwhile (a new version) removes it again.
    """
    target = file_for(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(content)
                os.fchmod(file.fileno(), 0o644)  # nginx's workers read it
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        # The page is still in the cache; nginx asks the application.
        logger.warning("Cannot write the page file %s: %s", target, error)
        return
    if current_version() != version:
        target.unlink(missing_ok=True)


def remove_all():
    """Remove every page file (after a change was committed).

    The tree is renamed first, so nginx finds no file from that moment,
    then deleted.
    """
    base = root()
    # One change commits several saves, each announcing it: only the first
    # finds files to move.
    if base is None or not base.exists() or next(base.iterdir(), None) is None:
        return
    aside = base.with_name(f"{base.name}.purged-{secrets.token_hex(8)}")
    try:
        base.rename(aside)
    except FileNotFoundError:
        return
    base.mkdir(exist_ok=True)
    _delete_tree(aside)


def _delete_tree(directory):
    """Delete the page files under ``directory`` and the directories they leave
    empty; nothing else (a misconfigured root loses nothing of its own)."""
    for parent, _, names in os.walk(directory, topdown=False):
        for name in names:
            if name == FILE_NAME or name.endswith(".tmp"):
                Path(parent, name).unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # not empty: something else lives there
            os.rmdir(parent)


def nginx_headers_conf():
    """``expected_headers`` as nginx ``add_header`` lines (for ``location /``)."""
    lines = ["add_header Content-Language $page_language;"]
    for name, value in expected_headers():
        lines.append(f"add_header {_title(name)} {_nginx_string(value)};")
    return "\n".join(lines) + "\n"


def nginx_languages_conf():
    """The ``map`` from a path to its ``Content-Language`` (http level)."""
    lines = ["map $uri $page_language {", '    default "";']
    for prefix, value in content_languages().items():
        lines.append(f"    ~^{prefix} {_nginx_string(value)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _title(name):
    return "-".join(part.capitalize() for part in name.split("-"))


def _nginx_string(value):
    if any(character in value for character in '"\\$\n\r'):
        raise ValueError(f"Cannot write {value!r} in nginx's configuration")
    return f'"{value}"'
