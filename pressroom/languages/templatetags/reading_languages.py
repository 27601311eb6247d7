"""Template tags for the language switcher and hreflang alternates."""

from urllib.parse import quote, urlencode

from django import template
from django.utils import translation

from ..alternates import UNTRANSLATED_PARAMETER, language_alternates

register = template.Library()


@register.simple_tag(takes_context=True)
def reading_alternates(context):
    """Return the Alternates of the page being rendered (see alternates.py),
    worked out once per request and page (the head and the switcher)."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    found = request.__dict__.setdefault("_reading_alternates", {})
    key = (id(page), translation.get_language())
    if key not in found:
        # The page is kept with them: its id stays its own while it lives.
        found[key] = (page, language_alternates(request, page))
    return found[key][1]


@register.simple_tag(takes_context=True)
def arrived_untranslated(context):
    """True when the switcher sent the reader here because a page was missing."""
    request = context.get("request")
    return bool(request and request.GET.get(UNTRANSLATED_PARAMETER))


@register.simple_tag(takes_context=True)
def switcher_destination(context, alternate):
    """The switcher's ``next``: ``alternate``'s URL, URL-encoded, with the
    search words (the context's ``query``) kept as ``?q=…`` if there are any.

    The switcher on the search page takes the reader to the same search in
    the other language; the hreflang links, which crawlers follow, do not.
    """
    url = alternate.url
    query = context.get("query")
    if query:
        url = f"{url}?{urlencode({'q': query})}"
    return quote(url)
