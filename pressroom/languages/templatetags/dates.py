"""``{% dateline place date %}``: an article's place and date in one order.

In HTML the date is a ``<time>`` element; in text (``{% autoescape off %}``,
as the plain-text e-mails are) it is plain text.
"""

from django import template
from django.utils.html import format_html

from ..dates import dateline as dateline_text
from ..dates import human_date

register = template.Library()


@register.simple_tag(takes_context=True)
def dateline(context, place, value):
    if not context.autoescape:
        return dateline_text(place, value)
    date_html = format_html(
        '<time datetime="{}">{}</time>', value.isoformat(), human_date(value)
    )
    if not place:
        return date_html
    return format_html("{}, {}", place, date_html)
