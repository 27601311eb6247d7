"""The site's home page and main navigation in the active language."""

from django import template
from django.utils import translation

from wagtail.models import Page, Site

from pressroom.rendercache.reuse import reused
from pressroom.visibility.rules import visible_pages

register = template.Library()

HOME_DEPTH = 2  # the home page of each language sits right below the tree's root


def ancestors_up_to_home(page):
    """``page``'s ancestors from its home page down, without ``page`` itself.

    Walks up with ``get_parent()``: after Wagtail's routing each page holds
    its parent already (``_cached_parent_obj``), so the walk costs no query
    on a served page, and at most one per level elsewhere.
    """
    ancestors = []
    while page.depth > HOME_DEPTH:
        page = page.get_parent()
        ancestors.append(page)
    return ancestors[::-1]


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the active language (the site root if untranslated)."""
    page = context.get("page")
    if isinstance(page, Page) and page.depth >= HOME_DEPTH:
        # The served page is in the active language: its home is its ancestor.
        home = page if page.depth == HOME_DEPTH else ancestors_up_to_home(page)[0]
        return home.specific
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return reused(
        ("home", site.pk, translation.get_language()),
        lambda: site.root_page.localized.specific,
    )


@register.simple_tag(takes_context=True)
def main_navigation(context, home):
    """The live pages below ``home`` that editors show in menus.

    Read once per content version (``rendercache``).
    """
    if home is None:
        return []
    return reused(
        ("main navigation", home.pk),
        lambda: list(visible_pages(home.get_children().in_menu())),
    )


@register.simple_tag(takes_context=True)
def current_menu_item(context, home):
    """The id of the page being shown if the main navigation marks it as the
    current page (the same test as base.html's), else "": what the menu's
    markup depends on besides the language, the host and ``home``."""
    page = context.get("page")
    url_path = getattr(page, "url_path", None) if page else None
    if not url_path:
        return ""
    for item in main_navigation(context, home):
        if item.url_path[:-1] == url_path[:-1]:
            return str(page.pk)
    return ""


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context):
    """The ancestors of the current page, from its home page down."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= HOME_DEPTH:
        return []
    return ancestors_up_to_home(page)


@register.simple_tag
def privacy_notice(home):
    """The privacy notice page of ``home``'s language, or None."""
    from ..models import privacy_page

    return privacy_page(home)
