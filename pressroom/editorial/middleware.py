"""Security headers of the Wagtail admin and of its previews.

The public site's Content Security Policy (``CONTENT_SECURITY_POLICY``)
allows only the site's own files. The admin gets its own, as tight as
Wagtail 8's admin works under (``ADMIN_CONTENT_SECURITY_POLICY``): its
widgets need inline scripts and styles, but nothing is loaded from, sent to
or framed by another site.

A preview is a page rendered for the admin, which shows it in a frame of its
own (the editor's live preview panel): Wagtail runs it through the whole
middleware chain with the page's own path, so it would get the public
``frame-ancestors 'none'`` and ``X-Frame-Options: DENY`` and the browser
would refuse to show it. Previews may be framed by the site itself
(``'self'``, ``SAMEORIGIN``); published pages never.
"""

from django.conf import settings

from csp.constants import SELF
from csp.middleware import CSPMiddleware

ADMIN_PREFIX = "/admin/"


def is_preview(request):
    """True for the request Wagtail makes to render a preview for the admin."""
    return getattr(request, "is_preview", False)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under /admin/.

    It also lets the admin frame a preview: Django's ``XFrameOptionsMiddleware``
    (inside this one, kept for ``check --deploy``) says DENY, which this
    makes SAMEORIGIN for previews alone.
    """

    def process_response(self, request, response):
        if is_preview(request):
            response["X-Frame-Options"] = "SAMEORIGIN"
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if request.path_info.startswith(ADMIN_PREFIX) and parts.config is None:
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        elif is_preview(request):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
