"""Validators for the feeds, the sitemap and the content API.

Every change readers could see advances the content version
(``pressroom.rendercache``), so the version is a validator that is never
stale: its number makes the ``ETag`` and the time it last advanced the
``Last-Modified``. A client that sends either back gets a 304 while the
version stands, and ``Cache-Control: no-cache`` makes every cache ask again
before reusing an answer, so a change is seen on the next request (the
feeds, kept by the page cache, say the same with ``max-age=0,
must-revalidate``).
"""

import hashlib
from functools import wraps

from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag

from pressroom.rendercache.models import ContentVersion
from pressroom.rendercache.reuse import request_version


def _validators(request):
    """(ETag, Last-Modified timestamp or None) of the answer to ``request``.

    The ETag names the version and what else an answer at one URL depends
    on: the host its links may name and the format asked for (the content
    API also renders HTML for a browser).
    """
    variant = "\n".join(
        (request.get_host(), request.headers.get("Accept", ""), request.path)
    )
    digest = hashlib.md5(variant.encode(), usedforsecurity=False).hexdigest()[:12]
    etag = quote_etag(f"{request_version()}-{digest}")
    changed_at = ContentVersion.objects.values_list("changed_at", flat=True).first()
    # Whole seconds, as HTTP dates are (a fraction would always be "newer").
    return etag, int(changed_at.timestamp()) if changed_at else None


def validated_by_content_version(view, *, page_cached=False):
    """Answer GET and HEAD with the content version's validators (a 304 when
    the client holds the current answer) and ``Cache-Control: no-cache``.

    ``page_cached``: the view's answers are kept by the page cache (the
    feeds, under the language prefixes), which keeps nothing marked
    no-cache; they get its ``public, max-age=0, must-revalidate`` instead,
    which also has every cache ask again each time.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        etag, last_modified = _validators(request)
        response = get_conditional_response(
            request, etag=etag, last_modified=last_modified
        )
        if response is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200:
                return response
        # Set on the 304 too, as RFC 9110 asks; a feed's own Last-Modified
        # (its newest article) would miss an unpublished one.
        response["ETag"] = etag
        if last_modified is not None:
            response["Last-Modified"] = http_date(last_modified)
        if page_cached:
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        else:
            patch_cache_control(response, no_cache=True)
        return response

    return wrapped
