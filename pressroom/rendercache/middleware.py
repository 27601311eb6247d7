"""Read the content version once, at the start of every request."""

from . import reuse


class ContentVersionMiddleware:
    """Put the request under the current content version (``reuse``).

    The outermost middleware: the page cache and every render of the
    request use the version read here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        tokens = reuse.begin_request()
        try:
            return self.get_response(request)
        finally:
            reuse.end_request(tokens)
