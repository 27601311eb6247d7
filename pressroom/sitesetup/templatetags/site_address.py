"""``{% site_address path %}``: ``path`` on the site's address (SITE_URL)."""

from django import template

from pressroom.sitesetup import address

register = template.Library()


@register.simple_tag(takes_context=True)
def site_address(context, url):
    """``url`` on the site's address; without SITE_URL, on the request's host."""
    return address.site_address(url, context.get("request"))
