"""What of a page goes into the search index: title, lead, body text, date, kind.

The content apps know nothing of search; this module reads their pages. A page
type is searchable when it is listed in :data:`SEARCHABLE_TYPES`.
"""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone, translation
from django.utils.html import strip_tags

from pressroom.home.models import StandardPage
from pressroom.news.models import ArticlePage

SEARCHABLE_TYPES = (ArticlePage, StandardPage)


@dataclass(frozen=True)
class Document:
    """The readable text of a page and the facts a result shows."""

    language: str
    kind: str
    date: date
    title: str
    url: str
    lead: str
    body: str


def body_text(page):
    """The text of a page's StreamField body, as Wagtail's blocks index it.

    Each block says what of it is searchable: paragraph and answer text without
    markup, headings, quotations and their attribution, captions, video titles.
    """
    field = page._meta.get_field("body")
    pieces = field.get_searchable_content(page.body)
    return "\n".join(strip_tags(piece).strip() for piece in pieces if piece)


def document_for(page):
    """The Document of a searchable page, or None if readers cannot reach it."""
    page = page.specific
    if not isinstance(page, SEARCHABLE_TYPES):
        return None
    language = page.locale.language_code
    with translation.override(language):
        url = page.get_url()
    if not url:
        return None  # not routable from any site
    if isinstance(page, ArticlePage):
        kind, day = page.kind, page.date
    else:
        published = page.last_published_at or page.first_published_at
        kind, day = "", timezone.localdate(published)
    return Document(
        language=language,
        kind=kind,
        date=day,
        title=page.title,
        url=url,
        lead=page.lead,
        body=body_text(page),
    )
