"""The whole text of a press release in the message subscribers receive."""

from django import template

from .. import full_text

register = template.Library()


@register.simple_tag
def article_body_html(page):
    return full_text.body_html(page)


@register.simple_tag
def article_body_text(page):
    return full_text.body_text(page)
