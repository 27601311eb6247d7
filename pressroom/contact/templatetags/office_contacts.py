"""The footer's contact block, read from the site's OfficeContacts setting."""

from django import template

from wagtail.models import Site

from ..models import OfficeContacts

register = template.Library()


@register.inclusion_tag("contact/contact_points.html", takes_context=True)
def contact_points(context, heading_level=2):
    """Render the office's contact points for the current site."""
    request = context.get("request")
    points = []
    if request is not None and Site.find_for_request(request) is not None:
        # for_request keeps the setting on the request: one read per page.
        points = OfficeContacts.for_request(request).points
    return {"contact_points": points, "heading_level": heading_level}
