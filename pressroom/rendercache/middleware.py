"""Read the content version once per request; reuse the site and the page's route.

Wagtail finds the site of every request and walks the tree down to the page
(``Page.route_for_request``) with queries of their own each time; both are
kept on the request where Wagtail looks for them first, from what an earlier
request under the same content version found (see ``reuse``).
"""

from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.models import Site

from . import reuse


class RenderCacheMiddleware:
    """Put the request under the current content version; reuse site and route."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = reuse.begin_request()
        try:
            return self.get_response(request)
        finally:
            reuse.end_request(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return None
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        site = reuse.reused(
            ("site", hostname, port), lambda: Site.find_for_request(request)
        )
        request._wagtail_site = site
        if site is None:
            return None
        # Wagtail's pattern passes the path positionally.
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        request._wagtail_route_for_request = reuse.reused(
            ("route", site.pk, translation.get_language(), path),
            lambda: route(request, site, path),
        )
        return None


def route(request, site, path):
    """``Page.route_for_request``, with the home page of the language reused."""
    home = reuse.reused(
        ("home", site.pk, translation.get_language()),
        lambda: site.root_page.localized.specific,
    )
    try:
        return home.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None
