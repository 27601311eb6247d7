"""The site's home page and main navigation in the active language."""

from django import template

from wagtail.models import Site

register = template.Library()


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the active language (the site root if untranslated)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return site.root_page.localized.specific


@register.simple_tag
def main_navigation(home):
    """The live pages below ``home`` that editors show in menus."""
    if home is None:
        return []
    return home.get_children().live().public().in_menu()


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context):
    """The ancestors of the current page, from its home page down."""
    page = context.get("page")
    if page is None or page.depth <= 2:
        return []
    return page.get_ancestors().filter(depth__gt=1)
