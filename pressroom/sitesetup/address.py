"""The site's public address, SITE_URL, and every absolute URL made from it.

Readers, crawlers, feed readers, partners and mail clients are given links on
one address, whatever host a request named (``localhost`` behind a proxy,
the server's own address, a name the certificate does not cover): canonical
and Open Graph URLs, hreflang alternates, JSON-LD, feeds, the sitemap, the
APIs' links and the links in e-mails all come from ``site_address``.

Without SITE_URL (development), a page links to the host it was asked on, as
Django's ``build_absolute_uri`` would; what has no request (an e-mail sent by
the worker) goes to ``DEVELOPMENT_SITE_URL``, where ``make run`` serves.
"""

from django.conf import settings

#: The address of ``make run`` (and ``runserver``) when SITE_URL is not set.
DEVELOPMENT_SITE_URL = "http://127.0.0.1:8000"


def site_address(url="/", request=None):
    """``url`` (a path on the site, or an absolute http(s) URL, returned as
    it is) on the site's address: SITE_URL, else ``request``'s scheme and
    host, else ``DEVELOPMENT_SITE_URL``.

    A path is always the site's: ``//other.example/x`` is ``/other.example/x``
    here, never another host.
    """
    if url.startswith(("http://", "https://")):
        return url
    base = settings.SITE_URL
    if not base and request is not None:
        base = f"{request.scheme}://{request.get_host()}"
    return f"{(base or DEVELOPMENT_SITE_URL).rstrip('/')}/{url.lstrip('/')}"
