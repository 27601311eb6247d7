"""The media-only notice on the pages of the media section, and the footer link."""

from django import template

from wagtail.models import Locale

from ..models import MediaInquiryPage

register = template.Library()


@register.inclusion_tag("inquiries/media_notice.html", takes_context=True)
def media_only_notice(context):
    """The notice with a link to the form, on every page of the media section."""
    page = context.get("page")
    form_page = MediaInquiryPage.for_page(page)
    return {"form_page": form_page, "page": page}


@register.inclusion_tag("inquiries/media_operations_link.html", takes_context=True)
def media_operations_link(context):
    """The footer's Media Operations link to the inquiry form in this language."""
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        locale = None
    form_page = (
        MediaInquiryPage.objects.live().public().filter(locale=locale).first()
        if locale
        else None
    )
    return {"form_page": form_page}
