"""Serve anonymous GET pages from the cache, and store them on the way out.

The middleware is the outermost one, so what it stores carries every header
the other middleware add (the Content Security Policy, HSTS on HTTPS,
nosniff, Referrer-Policy, ...) and a hit is answered with exactly the headers
of the miss that stored it; inside it, ``LatinScriptMiddleware`` converts
/sr-latn/ pages, so they are stored converted and a hit costs the same in
every language. In production most hits never reach it: the WSGI fast path
(``pagecache.wsgi``) answers them before Django's handler, with the same
rules (``pagecache.rules``). nginx's cache (deploy/) follows the same
decision through ``X-Accel-Expires``.
"""

import hashlib

from django.conf import settings
from django.utils.http import quote_etag

from . import page_files, rules, store

# Set in the WSGI environ by the fast path after a miss: the entry was just
# looked up, so the middleware does not ask the cache a second time.
LOOKED_UP = "pressroom.pagecache.looked_up"


class PageCacheMiddleware:
    """Answer anonymous GETs from the page cache; store cacheable responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = rules.request_timeout(request)
        if not timeout:
            return self.get_response(request)
        if not request.META.get(LOOKED_UP):
            answer = rules.answer_from_cache(request)
            if answer is not None:
                return answer
        tokens = store.current_tokens(request.path)
        response = self.get_response(request)
        if request.method != "GET" or not rules.may_store(response):
            return response
        response["ETag"] = quote_etag(
            hashlib.md5(response.content, usedforsecurity=False).hexdigest()
        )
        # Browsers ask again each time and get a 304 while nothing changed.
        response["Cache-Control"] = page_files.CACHE_CONTROL
        # A page nginx will find as a file is not also kept in nginx's cache,
        # where a full purge could not reach it; others are kept there for at
        # most PAGE_CACHE_FRONTEND_SECONDS.
        as_file = timeout == settings.PAGE_CACHE_SECONDS and page_files.may_write(
            request, response.items()
        )
        response["X-Accel-Expires"] = (
            "0" if as_file else str(min(timeout, settings.PAGE_CACHE_FRONTEND_SECONDS))
        )
        entry = {
            "status": response.status_code,
            "content": response.content,
            "headers": list(response.items()),
            page_files.AS_FILE: as_file,
        }
        store.store(request.build_absolute_uri(), entry, timeout, tokens)
        if as_file:
            page_files.write(request.path, response.content, tokens)
        response[rules.STATUS_HEADER] = "miss"
        return rules.conditional(request, response)
