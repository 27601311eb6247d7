"""What the page cache may answer and keep: one decision for every caller.

A request may use the cache when it is a GET or HEAD without a session
cookie (signed-in editors, readers who passed a page password) and without
an ``Authorization`` header, for the site's own address (``SITE_HOST``: a
page rendered for another allowed host name would carry that name in its
links), under a reading language's prefix (/en/, /sr/, /sr-latn/) or a
search path. A response is kept when it is a 200 that is not streamed, sets
no cookie (forms with a CSRF token) and is not marked private, no-cache or
no-store (Wagtail marks restricted pages so; views reached with a token,
such as unsubscribe links, are marked never-cache).
"""

import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

from pressroom.languages.reading import READING_LANGUAGES
from pressroom.rendercache.reuse import request_version
from pressroom.sitesetup.address import site_address

from . import page_files, store

STATUS_HEADER = "X-Page-Cache"
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")
CONDITIONAL_HEADERS = frozenset(
    (
        "HTTP_IF_NONE_MATCH",
        "HTTP_IF_MATCH",
        "HTTP_IF_MODIFIED_SINCE",
        "HTTP_IF_UNMODIFIED_SINCE",
    )
)
READING_PREFIXES = tuple(f"/{language.code}/" for language in READING_LANGUAGES)


def search_paths():
    """The search page in each reading language and the search API."""
    paths = []
    for language in READING_LANGUAGES:
        with translation.override(language.code):
            paths.append(reverse("search"))
    paths.append(reverse("search_api"))
    return paths


@functools.cache
def _search_path_set():
    return frozenset(search_paths())


def is_search(path):
    return path in _search_path_set()


def request_timeout(request):
    """Seconds a response to ``request`` is kept; 0 if it must not use the cache."""
    if not (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and is_site_host(request)
    ):
        return 0
    if is_search(request.path):
        return settings.PAGE_CACHE_SEARCH_SECONDS
    if request.path.startswith(READING_PREFIXES):
        return settings.PAGE_CACHE_SECONDS
    return 0


def site_host():
    """The host name of the site's public address (without its port)."""
    return (urlsplit(site_address()).hostname or "").lower()


def is_site_host(request):
    """True if ``request`` names the site's public host.

    The port is left out: nginx passes the host name alone (``$host``), and
    a page's links name no other host whatever its port.
    """
    try:
        hostname, _port = split_domain_port(request.get_host())
    except DisallowedHost:
        return False
    return hostname.lower() == site_host()


def may_store(response):
    """True if ``response`` may be kept for anonymous readers."""
    cache_control = response.get("Cache-Control", "").lower()
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in UNCACHEABLE_DIRECTIVES)
    )


def cached_entry(request):
    """The stored entry for ``request``, or None; one cache round trip.

    Only for a request ``request_timeout`` allows. A page whose file nginx
    did not find gets it back (``page_files.restore``).
    """
    entry = store.lookup(request.build_absolute_uri(), request_version())
    if entry is not None and not is_search(request.path):
        page_files.restore(request, entry)
    return entry


def is_conditional(request):
    """True if the request names a version it holds (or needs)."""
    return not CONDITIONAL_HEADERS.isdisjoint(request.META)


def hit_headers(entry):
    """The headers of a hit: those stored from the miss, and the cache status."""
    return [*entry["headers"], (STATUS_HEADER, "hit")]


def answer_from_cache(request):
    """The stored response for ``request`` (a 304 if the client holds it), or None."""
    entry = cached_entry(request)
    return None if entry is None else answer_from_entry(request, entry)


def answer_from_entry(request, entry):
    """The hit for ``entry``, or a 304 if the client already holds it."""
    response = HttpResponse(entry["content"], status=entry["status"])
    for header, value in hit_headers(entry):
        response[header] = value
    return conditional(request, response)


def conditional(request, response):
    """A 304 when the client already holds this version (If-None-Match, or
    If-Modified-Since where the page sent Last-Modified: the feeds)."""
    last_modified = response.get("Last-Modified")
    return (
        get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=last_modified and parse_http_date_safe(last_modified),
            response=response,
        )
        or response
    )
