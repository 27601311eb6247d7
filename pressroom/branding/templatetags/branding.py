"""The header's logo and the icon links of every page's <head>."""

from django import template

from ..logo import site_header_logo

register = template.Library()


@register.inclusion_tag("branding/header_logo.html", takes_context=True)
def office_logo(context):
    """The office's logo as an <img>, sized as its rendition is."""
    request = context.get("request")
    if request is None:
        return {}
    url, width, height = site_header_logo(request)
    return {"url": url, "width": width, "height": height}
