"""Old addresses that moved: a permanent redirect to the named URL.

Serbian pages once used English URL segments (/sr/subscriptions/); links to
them live on in e-mails already sent and in bookmarks. The old route is kept
after the new one and answers with the new address in the language of the
request's prefix.
"""

from django.http import HttpResponsePermanentRedirect
from django.urls import reverse


class HttpResponsePermanentRedirectKeepMethod(HttpResponsePermanentRedirect):
    status_code = 308


def moved_to(name):
    """A view that answers an old address with ``name``'s, same arguments.

    GET and HEAD get a 301; anything else a 308, so that a form posted to an
    old address is posted again, not turned into a GET.
    """

    def view(request, **kwargs):
        url = reverse(name, kwargs=kwargs)
        if query := request.META.get("QUERY_STRING"):
            url = f"{url}?{query}"
        if request.method in ("GET", "HEAD"):
            return HttpResponsePermanentRedirect(url)
        return HttpResponsePermanentRedirectKeepMethod(url)

    return view
