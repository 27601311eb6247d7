"""Serve anonymous GET pages from the cache, and store them on the way out.

The middleware sits outside ``LatinScriptMiddleware``, so a /sr-latn/ page is
stored after its conversion and a hit costs the same in every language. It
decides which responses are stored; nginx's cache (deploy/) follows the
same decision through ``X-Accel-Expires``.

Never stored: anything but GET, requests that carry a session cookie (signed
in editors, readers who passed a page password), responses that set a
cookie (forms with a CSRF token), responses marked private or no-cache
(Wagtail marks every page with a view restriction so), and any status but
200. Only the reading languages' paths and /api/search are considered.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import quote_etag

from pressroom.languages.reading import READING_LANGUAGES

from . import store

STATUS_HEADER = "X-Page-Cache"
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")


def search_paths():
    """The search page in each reading language and the search API."""
    paths = []
    for language in READING_LANGUAGES:
        with translation.override(language.code):
            paths.append(reverse("search"))
    paths.append(reverse("search_api"))
    return paths


class PageCacheMiddleware:
    """Answer anonymous GETs from the page cache; store cacheable responses."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{language.code}/" for language in READING_LANGUAGES)
        self._search_paths = None

    def __call__(self, request):
        if not self.may_cache_request(request):
            return self.get_response(request)
        url = request.build_absolute_uri()
        entry = store.lookup(url, request.path)
        if entry is not None:
            response = HttpResponse(entry["content"], status=entry["status"])
            for header, value in entry["headers"]:
                response[header] = value
            response[STATUS_HEADER] = "hit"
            return self.conditional(request, response)
        tokens = store.current_tokens(request.path)
        response = self.get_response(request)
        timeout = self.timeout_for(request)
        if request.method == "GET" and timeout and self.may_cache_response(response):
            response["ETag"] = quote_etag(
                hashlib.md5(response.content, usedforsecurity=False).hexdigest()
            )
            # Browsers ask again each time and get a 304 while nothing changed;
            # nginx keeps the page for at most PAGE_CACHE_FRONTEND_SECONDS.
            response["Cache-Control"] = "public, max-age=0, must-revalidate"
            response["X-Accel-Expires"] = str(
                min(timeout, settings.PAGE_CACHE_FRONTEND_SECONDS)
            )
            entry = {
                "status": response.status_code,
                "content": response.content,
                "headers": list(response.items()),
            }
            store.store(url, entry, timeout, tokens)
            response[STATUS_HEADER] = "miss"
            return self.conditional(request, response)
        return response

    def may_cache_request(self, request):
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
            and (request.path.startswith(self.prefixes) or self.is_search(request))
        )

    def may_cache_response(self, response):
        cache_control = response.get("Cache-Control", "").lower()
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not any(word in cache_control for word in UNCACHEABLE_DIRECTIVES)
        )

    def is_search(self, request):
        if self._search_paths is None:
            self._search_paths = frozenset(search_paths())
        return request.path in self._search_paths

    def timeout_for(self, request):
        if self.is_search(request):
            return settings.PAGE_CACHE_SEARCH_SECONDS
        return settings.PAGE_CACHE_SECONDS

    @staticmethod
    def conditional(request, response):
        """A 304 when the client already holds this version (If-None-Match)."""
        return (
            get_conditional_response(
                request, etag=response.get("ETag"), response=response
            )
            or response
        )
