"""RSS 2.0 and Atom feeds of the newsroom, per reading language and per kind.

The feeds are rendered in the active reading language: English from English
content, Cyrillic from Serbian content, and the ``/sr-latn/`` feeds are the
Cyrillic ones converted on the way out by the Latin middleware, like every
other Latin response.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail.models import Site

from pressroom.languages.reading import reading_language
from pressroom.news.models import ArticleKind, ArticlePage, NewsIndexPage
from pressroom.sitesetup.address import site_address
from pressroom.visibility.rules import visible_pages

from .publication import (
    SharedImage,
    author_name,
    office_name,
    published_at,
    shared_image,
    updated_at,
)

FEED_LENGTH = 30


def kind_plural(kind):
    """The plural label of an article kind, as a feed title says it."""
    return {
        ArticleKind.NEWS: _("News"),
        ArticleKind.PRESS_RELEASE: _("Press releases"),
        ArticleKind.SPEECH: _("Speeches"),
        ArticleKind.STATEMENT: _("Statements"),
        ArticleKind.INTERVIEW: _("Interviews"),
        ArticleKind.PHOTO_STORY: _("Photo stories"),
    }[kind]


def kind_slug(kind):
    """The URL form of an article kind: press_release → press-release."""
    return kind.replace("_", "-")


KINDS_BY_SLUG = {kind_slug(kind): ArticleKind(kind) for kind in ArticleKind.values}


@dataclass(frozen=True)
class Newsroom:
    """What one feed covers: a newsroom in a language, maybe one kind only."""

    index: NewsIndexPage
    kind: ArticleKind | None
    office: str
    link: str  # absolute, as every link below
    feed_url: str
    html_lang: str
    entries: list


@dataclass(frozen=True)
class Entry:
    """One article as the feed shows it (computed with the request at hand)."""

    title: str
    link: str
    lead: str
    release_number: str
    author: str
    published: object
    updated: object
    topics: list
    image: SharedImage | None


def find_newsroom(request):
    """The top newsroom index of the active content language, or 404."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    home = site.root_page.localized
    index = visible_pages(NewsIndexPage.objects.child_of(home)).order_by("path").first()
    if index is None:
        raise Http404
    return home, index


class NewsroomRssFeed(Feed):
    """The newsroom as RSS 2.0: ``/<language>/feeds/[<kind>/]rss.xml``."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, kind=None):
        if kind is not None and kind not in KINDS_BY_SLUG:
            raise Http404
        kind = KINDS_BY_SLUG.get(kind)
        home, index = find_newsroom(request)
        articles = (
            visible_pages(ArticlePage.objects.descendant_of(home))
            .filter(locale_id=home.locale_id)
            .select_related("image")
            .prefetch_related("topics")
            .order_by("-date", "-pk")
        )
        if kind is not None:
            articles = articles.filter(kind=kind)
        # Django would put the links on the request's host; they are on the
        # site's address, as everywhere readers are given one.
        link = index.get_url(request)
        if kind is not None:
            link = f"{link}?kind={kind.value}"
        return Newsroom(
            index=index,
            kind=kind,
            office=office_name(request),
            link=site_address(link, request),
            feed_url=site_address(request.path, request),
            html_lang=reading_language(translation.get_language()).html_lang,
            entries=[
                self.entry(article, request) for article in articles[:FEED_LENGTH]
            ],
        )

    @staticmethod
    def entry(article, request):
        return Entry(
            title=article.title,
            link=site_address(article.get_url(request), request),
            lead=article.lead,
            release_number=article.shown_release_number,
            author=author_name(article, request),
            published=published_at(article),
            updated=updated_at(article),
            topics=[topic.name for topic in article.topics.all()],
            image=shared_image(article.image, request),
        )

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        # Django would say "sr-latn"; readers expect the BCP 47 tag.
        feed.feed["language"] = obj.html_lang
        return feed

    def title(self, obj):
        section = obj.index.title if obj.kind is None else kind_plural(obj.kind)
        return f"{obj.office}: {section}"

    def link(self, obj):
        return obj.link

    def feed_url(self, obj):
        return obj.feed_url

    def description(self, obj):
        return obj.index.intro or self.title(obj)

    def author_name(self, obj):
        return obj.office

    def items(self, obj):
        return obj.entries

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Feed readers read the description as HTML; the lead is plain text.
        if item.release_number:
            return escape(f"{item.release_number} · {item.lead}")
        return escape(item.lead)

    def item_link(self, item):
        return item.link

    def item_author_name(self, item):
        return item.author

    def item_pubdate(self, item):
        return item.published

    def item_updateddate(self, item):
        return item.updated

    def item_categories(self, item):
        return item.topics

    def item_enclosures(self, item):
        if item.image is None:
            return []
        return [
            Enclosure(
                url=item.image.url,
                length=str(item.image.length),
                mime_type=item.image.mime_type,
            )
        ]


class NewsroomAtomFeed(NewsroomRssFeed):
    """The same newsroom as Atom: ``/<language>/feeds/[<kind>/]atom.xml``."""

    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)
