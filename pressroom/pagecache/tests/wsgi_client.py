"""A test client whose requests go through the production WSGI stack.

Django's test client calls its own handler; this one calls the WSGI
application as a server does (the page cache's fast path, then Django's
handler), so a hit is tested where production answers it.
"""

from django.core.handlers.wsgi import WSGIRequest
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.http import HttpResponse
from django.test import Client

from pressroom.pagecache.wsgi import PageCacheFastPath


class WSGIApplicationHandler:
    """Call a WSGI application with the test client's environ."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ):
        request = WSGIRequest(environ.copy())
        captured = {}

        def start_response(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers

        # As Django's test handler does: the test's transaction must not be
        # closed by the connection clean-up that runs around each request.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            result = self.application(environ, start_response)
            try:
                body = b"".join(result)
            finally:
                if hasattr(result, "close"):
                    result.close()
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        response = HttpResponse(body, status=int(captured["status"].split()[0]))
        del response["Content-Type"]
        for name, value in captured["headers"]:
            if name.lower() == "set-cookie":
                response.cookies.load(value)
            else:
                response.headers[name] = value
        response.wsgi_request = request
        return response


class WSGIClient(Client):
    """Django's test client, sending its requests to the production WSGI stack."""

    def __init__(self, **defaults):
        super().__init__(**defaults)
        self.handler = WSGIApplicationHandler(PageCacheFastPath(get_wsgi_application()))
