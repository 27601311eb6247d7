"""Template tags for the language switcher and hreflang alternates."""

from django import template

from ..alternates import UNTRANSLATED_PARAMETER, language_alternates

register = template.Library()


@register.simple_tag(takes_context=True)
def reading_alternates(context):
    """Return the Alternates of the page being rendered (see alternates.py)."""
    request = context.get("request")
    if request is None:
        return []
    return language_alternates(request, context.get("page"))


@register.simple_tag(takes_context=True)
def arrived_untranslated(context):
    """True when the switcher sent the reader here because a page was missing."""
    request = context.get("request")
    return bool(request and request.GET.get(UNTRANSLATED_PARAMETER))
