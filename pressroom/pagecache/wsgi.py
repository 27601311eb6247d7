"""The page cache's fast path: a hit answered before Django's handler runs.

``PageCacheFastPath`` wraps Django's WSGI application (``pressroom/wsgi.py``).
For a request the page cache may answer (``rules.request_timeout``: the same
decision as the middleware), it looks the entry up with one cache round
trip and, on a hit, sends the stored status, headers and body itself; a
conditional request (``If-None-Match``...) gets the middleware's own answer
(``rules.answer_from_entry``: a 304 when the version matches). No
middleware, URL resolution, request signal or database connection is
involved: that was most of the cost of a hit.

Everything else, and every miss, goes to Django unchanged; the middleware
stores the response as before (without a second look-up). The headers sent
on a hit are those stored from the miss, which the page-cache middleware, the
outermost one, took after every other middleware had added its own
(security headers, Content Security Policy).
"""

from http import HTTPStatus

from django.core.exceptions import SuspiciousOperation
from django.core.handlers.wsgi import WSGIRequest, get_script_name
from django.urls import set_script_prefix

from . import rules
from .middleware import LOOKED_UP


class PageCacheFastPath:
    """WSGI middleware answering page-cache hits; the rest goes to ``application``."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        # Forms and other writes go straight to Django.
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return self.application(environ, start_response)
        set_script_prefix(get_script_name(environ))
        # WSGIRequest rewrites PATH_INFO in the dict it is given; Django's
        # handler must see the server's original.
        request = WSGIRequest(environ.copy())
        try:
            if not rules.request_timeout(request):
                return self.application(environ, start_response)
            entry = rules.cached_entry(request)
        except SuspiciousOperation:
            # A host not in ALLOWED_HOSTS, for instance: Django answers it (400).
            return self.application(environ, start_response)
        if entry is None:
            environ[LOOKED_UP] = True
            return self.application(environ, start_response)
        if rules.is_conditional(request):
            # A 304 (or 412) as Django decides it, from the same entry.
            answer = rules.answer_from_entry(request, entry)
            status, headers, body = (
                f"{answer.status_code} {answer.reason_phrase}",
                list(answer.items()),
                answer.content,
            )
        else:
            status = f"{entry['status']} {HTTPStatus(entry['status']).phrase}"
            headers, body = rules.hit_headers(entry), entry["content"]
        start_response(status, headers)
        if request.method == "HEAD":
            return []
        return [body]
