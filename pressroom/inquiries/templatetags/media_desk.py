"""The media-only notice on the pages of the media section, and the footer link."""

from django import template

from wagtail.models import Locale

from pressroom.rendercache.reuse import reused
from pressroom.visibility.rules import visible_pages

from ..forms import InquiryForm, signed_start_time
from ..models import MediaInquiryPage, with_section_path

register = template.Library()


def form_pages(context):
    """The live, public inquiry pages of this page's locale.

    Read once per request, and once per content version (``rendercache``).
    """
    request = context.get("request")
    page = context.get("page")
    cached = getattr(request, "_media_inquiry_pages", None)
    if cached is not None:
        return cached
    locale_id = getattr(page, "locale_id", None)
    if locale_id is None:
        try:
            locale_id = Locale.get_active().pk
        except Locale.DoesNotExist:
            return []
    pages = reused(
        ("media inquiry pages", locale_id),
        lambda: list(
            with_section_path(
                visible_pages(MediaInquiryPage.objects.filter(locale_id=locale_id))
            )
        ),
    )
    if request is not None:
        request._media_inquiry_pages = pages
    return pages


@register.inclusion_tag("inquiries/media_notice.html", takes_context=True)
def media_only_notice(context):
    """The notice with a link to the form, on every page of the media section."""
    page = context.get("page")
    form_page = MediaInquiryPage.for_page(page, candidates=form_pages(context))
    return {"form_page": form_page, "page": page}


@register.inclusion_tag("inquiries/media_operations_link.html", takes_context=True)
def media_operations_link(context):
    """The footer's Media Operations link to the inquiry form in this language."""
    pages = form_pages(context)
    return {"form_page": pages[0] if pages else None}


@register.simple_tag(takes_context=True)
def blank_inquiry_form(context):
    """An empty inquiry form, for a page rendered without the view (a preview)."""
    request = context.get("request")
    language = getattr(request, "LANGUAGE_CODE", "en")
    return InquiryForm(
        initial={"started": signed_start_time(), "reply_language": language}
    )
