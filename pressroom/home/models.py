"""The home page of each language and the office's standing content pages."""

import functools

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction

from pressroom.languages.alternates import TRANSLATED_ELSEWHERE, translated_elsewhere
from pressroom.languages.previews import ReadingLanguagePreviews
from pressroom.news.blocks import StoryBlock
from pressroom.news.models import ArticleKind, ArticlePage, with_card_pictures
from pressroom.rendercache.compiled_query import CompiledQuery
from pressroom.rendercache.reuse import reused
from pressroom.serbian.forms import SerbianSlugPageForm
from pressroom.visibility.rules import (
    UNDER_RESTRICTION,
    is_visible,
    under_restriction,
    visible_pages,
)

LATEST_NEWS_COUNT = 6
# The home page's list of the office's own words: press releases and statements.
PRESS_KINDS = (ArticleKind.PRESS_RELEASE, ArticleKind.STATEMENT)
LATEST_PRESS_COUNT = 5
# The slug of the privacy notice (a content page below each home page, made
# by setup_site), by content language: the footer and the forms link to it.
PRIVACY_SLUGS = {"en": "privacy", "sr": "privatnost"}


def is_child_of(page, parent):
    return page.depth == parent.depth + 1 and page.path.startswith(parent.path)


def child_page(parent, slug):
    """The specific page with ``slug`` right below ``parent``, in one query.

    The rows of the page types ``parent`` allows below it are joined, each
    with what its type is served with (``served_with``: an article's
    picture); a page of another type reads its row as Wagtail does. The
    page is told whether it has live translations (the language switcher
    reads them only then), whether it is at or below a view restriction
    (``UNDER_RESTRICTION``, the visibility rule's own test) and gets the id
    lists its type is served with (``served_id_lists``). The query is
    compiled once a process (``children_query``).
    """
    query, joined, id_lists = children_query(parent.specific_class)
    # By slug at the children's depth, as Wagtail routes (slugs are
    # indexed): pages of other parents with the same slug are left here.
    pages = query.objects(slug=slug, depth=parent.depth + 1)
    page = next((page for page in pages if page.path.startswith(parent.path)), None)
    if page is None:
        return None
    accessor = joined.get(page.specific_class)
    specific = page.specific if accessor is None else getattr(page, accessor)
    names = (TRANSLATED_ELSEWHERE, UNDER_RESTRICTION)
    for name in (*names, *id_lists.get(page.specific_class, ())):
        setattr(specific, name, getattr(page, name))  # the query's annotations
    return specific


@functools.cache
def children_query(parent_class):
    """The query ``child_page`` runs below a parent of ``parent_class``
    (a CompiledQuery of the pages with a slug at a depth), {page type:
    accessor of its joined row} and {page type: names of the id lists it is
    served with (``served_id_lists``)}; made once per process."""
    joined, id_lists, annotations = {}, {}, {}
    for model in parent_class.allowed_subpage_models():
        link = model._meta.parents.get(Page)
        if link is not None:  # a page type made directly from Page
            joined[model] = link.remote_field.get_accessor_name()
        if hasattr(model, "served_id_lists"):
            lists = model.served_id_lists()
            if set(lists) & set(annotations):  # one name, two meanings
                raise ValueError(f"{model.__name__}: id list names already used")
            id_lists[model] = tuple(lists)
            annotations.update(lists)
    related = [
        f"{joined[model]}__{field}" if field else joined[model]
        for model in joined
        for field in ("", *getattr(model, "served_with", ()))
    ]

    def pages_with_slug(slug, depth):
        return (
            Page.objects.select_related(*related)
            .annotate(
                **{
                    TRANSLATED_ELSEWHERE: translated_elsewhere(),
                    UNDER_RESTRICTION: under_restriction(),
                },
                **annotations,
            )
            .filter(slug=slug, depth=depth)
            .order_by()
        )

    # Examples no real page has, so that each is one parameter of its own.
    query = CompiledQuery(pages_with_slug, slug="\ue000slug", depth=7919)
    return query, joined, id_lists


class HomePage(ReadingLanguagePreviews, Page):
    """The front page: a featured story, the latest news, and the latest
    press releases and statements."""

    base_form_class = SerbianSlugPageForm

    intro = models.TextField(_("introduction"), blank=True)
    featured_article = models.ForeignKey(
        ArticlePage,
        verbose_name=_("featured article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("featured_article"),
    ]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Wagtail's routing down from this home page, in fewer queries.

        Wagtail reads each page of the path with two queries (the child by
        its slug, then its specific row): six for an article. Here the pages
        above the last are read together (one query for all, one per page
        type) and kept for the content version (``rendercache``): every
        article of a section shares them. The last page is read by its slug
        in one query with its specific row and what it is served with
        (``child_page``). Then the pages are walked as Wagtail walks them:
        a missing level is a 404, a page type with routing of its own takes
        over with the rest of the path, and the last page is served only
        when live.

        Wagtail checks the view restrictions of the page it serves (its
        ``on_serve_page`` hook asks ``get_view_restrictions()``, two
        queries). The routing query has asked the visibility rule already:
        a page under no restriction, with no alias on its path (an alias
        takes its original's restrictions), answers that it has none.
        """
        if not path_components:
            return super().route(request, path_components)
        url_paths = [
            f"{self.url_path}{'/'.join(path_components[:level])}/"
            for level in range(1, len(path_components) + 1)
        ]
        found = reused(
            ("pages along", self.pk, *url_paths[:-1]),
            lambda: self.pages_at(url_paths[:-1]),
        )
        parent = self
        for level, url_path in enumerate(url_paths, start=1):
            if level < len(url_paths):
                page = found.get(url_path)
            else:
                page = child_page(parent, path_components[-1])
            if page is None or not is_child_of(page, parent):
                raise Http404
            if level == len(url_paths):
                page._cached_parent_obj = parent  # as Wagtail's routing leaves it
                path_pages = [self, *(found[path] for path in url_paths[:-1]), page]
                if not getattr(page, UNDER_RESTRICTION) and not any(
                    above.alias_of_id for above in path_pages
                ):
                    page.get_view_restrictions = PageViewRestriction.objects.none
            if type(page).route is not Page.route:
                return page.route(request, path_components[level:])
            parent = page
        return parent.route(request, [])

    def pages_at(self, url_paths):
        """{url_path: specific page} of the pages below this one at ``url_paths``,
        each holding its parent as Wagtail's routing leaves it."""
        found = {
            page.url_path: page
            for page in Page.objects.filter(
                url_path__in=url_paths, path__startswith=self.path
            ).specific()
        }
        parent = self
        for url_path in url_paths:
            page = found.get(url_path)
            if page is None or not is_child_of(page, parent):
                break
            page._cached_parent_obj = parent
            parent = page
        return found

    def featured(self):
        """The featured article if readers may see it and it is in this page's
        language."""
        article = self.featured_article
        if article and article.locale_id == self.locale_id and is_visible(article):
            return article
        return None

    def get_context(self, request, *args, **kwargs):
        """The featured article, the latest news and the latest press releases
        and statements, read once per content version
        (``pressroom.rendercache``)."""
        context = super().get_context(request, *args, **kwargs)
        featured, latest = reused(
            ("home listing", self.pk), lambda: self.listing(request)
        )
        context.update(
            featured=featured,
            latest_articles=latest,
            latest_press=reused(("home press", self.pk), self.press_listing),
        )
        return context

    def press_listing(self):
        """The latest press releases and statements readers may see, newest
        first, in this page's language (shown whether or not they are also
        featured or among the latest news: this is the office's record)."""
        return list(
            visible_pages(
                ArticlePage.objects.filter(
                    locale_id=self.locale_id, kind__in=PRESS_KINDS
                ).order_by("-date", "-pk")
            )[:LATEST_PRESS_COUNT]
        )

    def listing(self, request):
        """The featured article and the latest others, as cards."""
        featured = self.featured()
        latest = with_card_pictures(
            visible_pages(
                ArticlePage.objects.filter(locale_id=self.locale_id).order_by(
                    "-date", "-pk"
                )
            )
        )
        if featured:
            latest = latest.exclude(pk=featured.pk)
        return featured, list(latest[:LATEST_NEWS_COUNT])


class StandardPage(ReadingLanguagePreviews, Page):
    """A content page such as About the office or Partnership."""

    base_form_class = SerbianSlugPageForm

    lead = models.TextField(_("lead"), blank=True)
    body = StreamField(StoryBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]

    class Meta:
        verbose_name = _("content page")


def privacy_page(home):
    """The privacy notice below ``home`` if readers may see it, else None;
    read once per content version."""
    if home is None:
        return None
    # By either language's slug: the home page's locale may not be read yet.
    return reused(
        ("privacy page", home.pk),
        lambda: visible_pages(
            StandardPage.objects.child_of(home).filter(slug__in=PRIVACY_SLUGS.values())
        ).first(),
    )
