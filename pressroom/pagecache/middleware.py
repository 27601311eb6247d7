"""Serve anonymous GET pages from the cache, and store them on the way out.

The middleware sits right inside ``ContentVersionMiddleware``, outside all
others, so what it stores carries every header the other middleware add
(the Content Security Policy, nosniff, Referrer-Policy, ...) and a hit is
answered with exactly the headers of the miss that stored it; inside it,
``LatinScriptMiddleware`` converts /sr-latn/ pages, so they are stored
converted and a hit costs the same in every language.
"""

import hashlib

from django.conf import settings
from django.utils.http import quote_etag

from pressroom.rendercache.reuse import request_version

from . import page_files, rules, store


class PageCacheMiddleware:
    """Answer anonymous GETs from the page cache; store cacheable responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = rules.request_timeout(request)
        if not timeout:
            return self.get_response(request)
        answer = rules.answer_from_cache(request)
        if answer is not None:
            return answer
        version = request_version()
        response = self.get_response(request)
        if request.method != "GET" or not rules.may_store(response):
            return response
        response["ETag"] = quote_etag(
            hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        )
        # Browsers ask again each time and get a 304 while nothing changed.
        response["Cache-Control"] = page_files.CACHE_CONTROL
        as_file = timeout == settings.PAGE_CACHE_SECONDS and page_files.may_write(
            request, response.items()
        )
        entry = {
            "status": response.status_code,
            "content": response.content,
            "headers": list(response.items()),
            page_files.AS_FILE: as_file,
        }
        store.store(request.build_absolute_uri(), entry, timeout, version)
        if as_file:
            page_files.write(request.path, response.content, version)
        response[rules.STATUS_HEADER] = "miss"
        return rules.conditional(request, response)
