"""The footer's contact block, read from the site's OfficeContacts setting,
and the spokespeople (the Contact page, press releases)."""

from django import template
from django.utils.translation import gettext as _

from wagtail.models import Site

from ..models import OfficeContacts, all_spokespeople

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


@register.inclusion_tag("contact/spokespeople.html")
def spokespeople(heading_level=2, on_press_releases=False):
    """Render the spokespeople with their vCards: all of them, or only those
    named on press releases."""
    people = all_spokespeople()
    if on_press_releases:
        people = [person for person in people if person.on_press_releases]
    return {
        "spokespeople": people,
        "heading_level": heading_level,
        "heading": _("Media contacts") if on_press_releases else _("Spokespeople"),
    }
