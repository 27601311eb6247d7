"""Serving pages as Wagtail does, with the site and home page kept per version.

Wagtail's own view finds the request's site (``Site.find_for_request``: a
query built anew each time), the home page in the active language (a locale
query, then the home page's own row) and only then routes down to the page:
about half the time of an article nobody has read yet. :func:`serve` does
what ``wagtail.views.serve`` does, with the site and the home page found
once per content version (``rendercache.reuse``): the site is kept as plain
field values and built anew for each request, the home page handed out as a
copy. Routing below the home page is ``HomePage.route``'s; the hooks run as
in Wagtail's view.
"""

from django.db import router
from django.http import Http404, HttpResponse
from django.utils import translation

from wagtail import hooks
from wagtail.models import Site

from pressroom.rendercache.reuse import reused


def site_for_request(request):
    """The request's ``Site`` (``Site.find_for_request``), found once per
    content version and host, as a new instance for each request."""
    found = []

    def find():
        site = Site.find_for_request(request)
        found.append(site)
        if site is None:
            return None
        return {field.attname: getattr(site, field.attname) for field in FIELDS}

    values = reused(("site", request.get_host(), request.get_port()), find)
    if found:  # read for this request: Wagtail's, holding its root page
        return found[0]
    if values is None:
        return None
    site = Site.from_db(router.db_for_read(Site), list(values), list(values.values()))
    # Where Wagtail looks first (its docstring names it): page URLs, menus
    # and settings read the site of this request without a query.
    request._wagtail_site = site
    return site


FIELDS = Site._meta.concrete_fields


def home_for_request(request, site):
    """The site's home page in the active language (its root page if it has no
    translation), read once per content version."""
    return reused(
        ("home", site.pk, translation.get_language()),
        lambda: site.root_page.localized.specific,
    )


def serve(request, path):
    """Serve the page at ``path``, as ``wagtail.views.serve`` does."""
    site = site_for_request(request)
    if site is None:
        raise Http404
    home = home_for_request(request, site)
    page, args, kwargs = home.route(request, [part for part in path.split("/") if part])

    def serve_chain(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    chain = serve_chain
    for hook in reversed(hooks.get_hooks("on_serve_page")):
        chain = hook(chain)
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)
