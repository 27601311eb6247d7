"""``{% reused_fragment %}``: part of a template rendered once per content version.

    {% load render_cache %}
    {% reused_fragment "footer" %}…{% endreused_fragment %}
    {% reused_fragment "navigation" page.pk %}…{% endreused_fragment %}

The part is rendered as usual the first time and its output is reused by
later requests in the same reading language under the same content version
(``pressroom.rendercache.reuse``), with the same values of the arguments
after the name: they must name everything else the part shows (the page,
the search query, the host). Previews, which show unsaved drafts, always
render the part.
"""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from ..reuse import reused

register = template.Library()


class ReusedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        key = (
            "fragment",
            self.name.resolve(context),
            translation.get_language(),
            *(str(value.resolve(context)) for value in self.vary_on),
        )
        # The output is the template's own, escaped as it renders.
        return mark_safe(reused(key, lambda: self.nodelist.render(context)))  # noqa: S308


@register.tag
def reused_fragment(parser, token):
    """Parse ``{% reused_fragment name [value ...] %}…{% endreused_fragment %}``."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            f'{bits[0]} needs a name: {{% {bits[0]} "footer" %}}'
        )
    nodelist = parser.parse(("endreused_fragment",))
    parser.delete_first_token()
    return ReusedFragmentNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
    )
