"""What feeds, sharing tags, JSON-LD and the sitemap say about a published page.

One place decides an article's publication time, its author, the office that
publishes it and the picture other sites show, so a feed reader, a social
network and a search engine are told the same thing.
"""

import mimetypes
from dataclasses import dataclass, replace
from datetime import datetime, time

from django.utils import timezone
from django.utils.translation import get_language

from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from pressroom.contact.models import ContactRole, OfficeContacts
from pressroom.languages.reading import reading_language
from pressroom.rendercache.reuse import reused
from pressroom.sitesetup.address import site_address

# One rendition for every sharing use: the 1.91:1 size Open Graph and Twitter
# cards show without cropping, also the feed enclosure.
SHARE_RENDITION = "fill-1200x630-c100"
# The reading language whose URL is the hreflang x-default, in order of
# preference: English, else the Serbian Cyrillic original.
X_DEFAULT_ORDER = ("en", "sr")


@dataclass(frozen=True)
class SharedImage:
    """A rendition of a page's picture, as other sites fetch it."""

    url: str  # absolute
    width: int
    height: int
    alt: str
    mime_type: str
    length: int  # bytes
    caption: str = ""


def published_at(article):
    """The article's publication time, timezone-aware.

    Editors set the article's ``date``; the time of day is the moment it was
    first published when that was on the same day (in the site's time zone),
    otherwise the start of that day. A back-dated article keeps its date.
    """
    first = article.first_published_at
    if first is not None:
        local = timezone.localtime(first)
        if local.date() == article.date:
            return local
    return timezone.make_aware(datetime.combine(article.date, time.min))


def updated_at(article):
    """When the live version was last published (never before publication)."""
    published = published_at(article)
    last = article.last_published_at
    return max(published, timezone.localtime(last)) if last else published


def office_name(request):
    """The office's name in the active reading language (the publisher)."""
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        office = OfficeContacts.for_request(request).point_for(ContactRole.OFFICE)
        if office is not None:
            return office.name
        return site.site_name or site.root_page.localized.title
    return ""


def author_name(article, request):
    """Who wrote the article: its byline, else the office."""
    return article.byline or office_name(request)


def content_language(page):
    """The BCP 47 tag of the page as read now (sr-Latn on the Latin site)."""
    active = reading_language(get_language())
    if active.content_locale == page.locale.language_code:
        return active.html_lang
    return reading_language(page.locale.language_code).html_lang


def shared_image(image, request):
    """The sharing rendition of ``image`` with its URL on the site's
    address, size and type."""
    if image is None:
        return None
    shared = reused(("shared image", image.pk), lambda: _shared_rendition(image))
    if shared is None:
        return None
    # The rendition is shared by the reading languages; the words are not.
    return replace(
        shared,
        url=site_address(shared.url, request),
        alt=image.alt_text(),
        caption=image.caption(),
    )


def _shared_rendition(image):
    """``shared_image`` with the rendition's own (relative) URL."""
    try:
        # get_renditions, not get_rendition: Wagtail 8.0's get_rendition
        # writes the rendition back to the cache even when it has just read it.
        rendition = image.get_renditions(SHARE_RENDITION)[SHARE_RENDITION]
        length = rendition.file.size
    except (OSError, SourceImageIOError):
        # The file is gone from storage: better no picture than a broken one
        # (or, with no rendition made yet, than a server error).
        return None
    mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
    return SharedImage(
        url=rendition.url,
        width=rendition.width,
        height=rendition.height,
        alt="",
        mime_type=mime_type,
        length=length,
    )
