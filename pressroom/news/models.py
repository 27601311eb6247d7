"""The newsroom: articles of every kind, the indexes that list them, and topics."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import OuterRef
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images import get_image_model, get_image_model_string
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework.fields import Field

from pressroom.languages.previews import ReadingLanguagePreviews
from pressroom.rendercache.column_values import column_values
from pressroom.rendercache.id_list import IdList
from pressroom.rendercache.reuse import reused
from pressroom.serbian.forms import SerbianSlugPageForm
from pressroom.visibility.rules import is_visible, visible_pages

from .blocks import StoryBlock

ARTICLES_PER_PAGE = 10
# Where the routing query leaves an article's topic and related article ids.
SERVED_TOPIC_IDS = "served_topic_ids"
SERVED_RELATED_IDS = "served_related_ids"
# The editor's order of an article's related links.
RELATED_LINK_ORDER = ("sort_order", "id")
# The renditions of an article card's picture (news/article_card.html), read
# with the cards in one query instead of one cache look-up per card.
CARD_RENDITIONS = [
    f"format-{image_format}|fill-{size}"
    for image_format in ("avif", "webp", "jpeg")
    for size in ("480x270", "960x540")
]


def with_card_pictures(articles, via="image"):
    """``articles`` (or what leads to them, by ``via``) with their card renditions."""
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=CARD_RENDITIONS)
    )
    return articles.select_related(via).prefetch_related(
        models.Prefetch(f"{via}__renditions", queryset=renditions)
    )


def all_topics():
    """Every topic, in their order (by name), read once per content version."""
    return reused("all topics", lambda: list(Topic.objects.all()))


class ArticleKind(models.TextChoices):
    """What an article is, as a press office labels it."""

    NEWS = "news", _("News")
    PRESS_RELEASE = "press_release", _("Press release")
    SPEECH = "speech", _("Speech")
    STATEMENT = "statement", _("Statement")
    INTERVIEW = "interview", _("Interview")
    PHOTO_STORY = "photo_story", _("Photo story")


KIND_LABELS = dict(ArticleKind.choices)


@register_snippet
class Topic(TranslatableMixin, models.Model):
    """A subject articles are filed under, such as Partnership or Exercises."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=False)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_topic_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class TopicsField(Field):
    """An article's topics in the content API: slug and name of each."""

    def to_representation(self, topics):
        return [{"slug": topic.slug, "name": topic.name} for topic in topics.all()]


class TranslationsField(Field):
    """An article's live, public translations in the content API: id and locale."""

    def to_representation(self, article):
        return [
            {"id": page.pk, "locale": page.locale.language_code}
            for page in visible_pages(article.get_translations())
            .select_related("locale")
            .order_by("locale__language_code")
        ]


class Photo:
    """A picture as an article shows it: the caption and credit the article
    gives it, else the picture's own, in the reading language."""

    def __init__(self, image, caption="", credit=""):
        self.image = image
        self.has_words = bool(caption or credit)
        self.caption = caption or image.caption()
        self.credit = credit or image.credit()
        self.licence = image.licence()


class ArticlePage(ReadingLanguagePreviews, Page):
    """A news item, press release, speech, statement, interview or photo story."""

    base_form_class = SerbianSlugPageForm

    kind = models.CharField(
        _("kind"), max_length=20, choices=ArticleKind.choices, default=ArticleKind.NEWS
    )
    date = models.DateField(_("date"))
    place = models.CharField(
        _("place"),
        max_length=100,
        blank=True,
        help_text=_("Where it happened, shown with the date, e.g. Belgrade."),
    )
    byline = models.CharField(_("byline"), max_length=200, blank=True)
    lead = models.TextField(_("lead"), help_text=_("One or two sentences."))
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StoryBlock(), verbose_name=_("body"), blank=True)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True)
    # Given when a press release is approved (numbering.py), the same for
    # every language version; never edited by hand.
    release_number = models.CharField(
        _("release number"), max_length=40, blank=True, editable=False
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("date"),
                FieldPanel("place"),
                FieldPanel("byline"),
            ],
            heading=_("Publication"),
        ),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("topics"),
        InlinePanel("related_links", label=_("Related articles")),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    # Read-only content API (/api/v2/pages/?type=news.ArticlePage&fields=*).
    api_fields = [
        APIField("kind"),
        APIField("release_number"),
        APIField("date"),
        APIField("place"),
        APIField("byline"),
        APIField("lead"),
        APIField("body"),
        APIField("topics", serializer=TopicsField()),
        APIField("image"),
        APIField(
            "image_rendition",
            serializer=ImageRenditionField("fill-1200x630-c100", source="image"),
        ),
        APIField("translations", serializer=TranslationsField(source="*")),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    # Read with the page when it is served (home.models.child_page), as is
    # ``served_id_lists``.
    served_with = ("image",)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @property
    def shown_release_number(self):
        """The release number readers see: only a press release shows one."""
        if self.kind == ArticleKind.PRESS_RELEASE:
            return self.release_number
        return ""

    @property
    def kind_label(self):
        """``get_kind_display()`` without translating every kind's label to find one."""
        return KIND_LABELS.get(self.kind, self.kind)

    @staticmethod
    def served_id_lists():
        """{attribute: IdList} read with the page when it is served: the ids
        its topics and related articles would each read in a query of their
        own (``OuterRef("pk")`` is the page)."""
        return {
            SERVED_TOPIC_IDS: IdList(
                ArticlePage.topics.through.objects.filter(articlepage=OuterRef("pk")),
                "topic",
            ),
            SERVED_RELATED_IDS: IdList(
                RelatedArticle.objects.filter(
                    page=OuterRef("pk"), article__isnull=False
                ).order_by(*RELATED_LINK_ORDER),
                "article",
            ),
        }

    def _served_ids(self, attribute, read):
        """The ids the routing query brought along, else ``read()``'s."""
        ids = getattr(self, attribute, None)
        return read() if ids is None else ids

    def _reads_live_rows(self):
        """True unless this is a draft shown in a preview (its relations may
        be unsaved: read from the page object itself)."""
        return self.pk is not None and not self.is_previewed

    @cached_property
    def related_articles(self):
        """The related articles readers may see, in the editor's order.

        Read once for the page object, which ``rendercache`` keeps for the
        requests under one content version: the ids of the links (brought
        by the routing query, else in a plain query), then the cards, only
        when there are links.
        """
        if not self._reads_live_rows():
            # A preview of a draft: its links are not saved yet.
            ids = [link.article_id for link in self.related_links.all()]
        else:
            ids = self._served_ids(
                SERVED_RELATED_IDS,
                lambda: [
                    pk
                    for pk in column_values(
                        RelatedArticle,
                        "article",
                        order_by=RELATED_LINK_ORDER,
                        page=self.pk,
                    )
                    if pk is not None
                ],
            )
        ids = [pk for pk in ids if pk is not None]
        if not ids:
            return []
        cards = {
            article.pk: article
            for article in with_card_pictures(
                visible_pages(ArticlePage.objects.filter(pk__in=ids))
            )
        }
        return [cards[pk] for pk in ids if pk in cards]

    @cached_property
    def topic_list(self):
        """The article's topics, read once for the page and its sharing tags:
        their ids (brought by the routing query, else in a plain query), the
        topics themselves kept per content version (``rendercache``), in
        their order (by name)."""
        if not self._reads_live_rows():
            return list(self.topics.all())
        ids = set(
            self._served_ids(
                SERVED_TOPIC_IDS,
                lambda: column_values(
                    ArticlePage.topics.through, "topic", articlepage=self.pk
                ),
            )
        )
        if not ids:
            return []
        return [topic for topic in all_topics() if topic.pk in ids]

    @cached_property
    def offers_downloads(self):
        """True when readers may see this article, so its photos (and its
        photo ZIP or press kit) are offered for download; never in a preview.
        Asked once per content version (``rendercache``)."""
        if not self._reads_live_rows() or not self.live:
            return False
        return reused(("article visible", self.pk), lambda: is_visible(self))

    @property
    def offers_photo_zip(self):
        return self.kind == ArticleKind.PHOTO_STORY and self.offers_downloads

    @property
    def offers_press_kit(self):
        return self.kind == ArticleKind.PRESS_RELEASE and self.offers_downloads

    def photos(self):
        """[Photo] of the article in reading order, each picture once: the
        listing image, then the pictures of the body with the caption and
        credit the editor gave them there (else the picture's own)."""
        found = {}
        if self.image is not None:
            found[self.image.pk] = Photo(self.image, "", "")
        for block in self.body:
            if block.block_type == "image":
                items = [block.value]
            elif block.block_type == "gallery":
                items = list(block.value)
            else:
                continue
            for item in items:
                image = item.get("image")
                if image is None:
                    continue
                photo = Photo(image, item.get("caption", ""), item.get("credit", ""))
                if image.pk not in found or not found[image.pk].has_words:
                    found[image.pk] = photo
        return list(found.values())

    def pages_showing_it(self):
        """The articles that recommend this one (the page cache purges them)."""
        return ArticlePage.objects.filter(related_links__article=self).select_related(
            "locale"
        )


class ReleaseCounter(models.Model):
    """The last press release number given in one year (numbering.py)."""

    year = models.PositiveIntegerField(unique=True)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("press release counter")

    def __str__(self):
        return f"{self.year}: {self.last}"


class ReleaseNumber(models.Model):
    """The number a press release was given: kept even if the release is deleted,
    so that it is never given again."""

    translation_key = models.UUIDField(unique=True)
    year = models.PositiveIntegerField()
    sequence = models.PositiveIntegerField()
    number = models.CharField(max_length=40)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("press release number")
        constraints = [
            models.UniqueConstraint(
                fields=["year", "sequence"], name="one_release_per_number"
            )
        ]

    def __str__(self):
        return self.number


class RelatedArticle(Orderable):
    """An article an editor recommends next to another."""

    page = ParentalKey(
        ArticlePage, related_name="related_links", on_delete=models.CASCADE
    )
    article = models.ForeignKey(
        ArticlePage,
        verbose_name=_("article"),
        null=True,
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("article")]


class NewsIndexPage(ReadingLanguagePreviews, Page):
    """The newsroom and its sections: articles below it, newest first.

    Readers filter by kind, year (the archive) and topic; kinds and topics
    that do not exist are ignored rather than answered with an error. A year
    with no articles shows none, and says so; a year that is not a number is
    ignored, and the reader is told.
    """

    base_form_class = SerbianSlugPageForm

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "news.NewsIndexPage"]
    subpage_types = ["news.ArticlePage", "news.NewsIndexPage"]

    class Meta:
        verbose_name = _("newsroom index")
        verbose_name_plural = _("newsroom indexes")

    def articles(self, request=None):
        """Every article below this index in its language that readers may see."""
        return visible_pages(
            ArticlePage.objects.descendant_of(self)
            .filter(locale_id=self.locale_id)
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        """The listing, its filters and the sections, read once per content
        version (``pressroom.rendercache``) for each filter and page number."""
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles(request)
        years = reused(
            ("newsroom years", self.pk),
            lambda: [day.year for day in articles.dates("date", "year", order="DESC")],
        )
        topics = reused(
            ("topics", self.locale_id),
            lambda: list(Topic.objects.filter(locale_id=self.locale_id)),
        )
        filters = self.read_filters(request, years, topics)
        if filters["kind"]:
            articles = articles.filter(kind=filters["kind"])
        year = filters["year"] or filters["empty_year"]
        if year:
            articles = articles.filter(date__year=year)
        if filters["topic"]:
            articles = articles.filter(topics=filters["topic"])
        number = request.GET.get("page")
        listing_key = (
            "newsroom listing",
            self.pk,
            filters["kind"],
            year,
            filters["topic"] and filters["topic"].pk,
            number,
        )
        context.update(
            articles=reused(listing_key, lambda: self.listing_page(articles, number)),
            filters=filters,
            years=years,
            kinds=ArticleKind.choices,
            topics=topics,
            sections=reused(
                ("newsroom sections", self.pk),
                lambda: list(visible_pages(self.get_children().type(NewsIndexPage))),
            ),
        )
        return context

    @staticmethod
    def listing_page(articles, number):
        """Page ``number`` of ``articles`` as cards, read at once."""
        paginator = Paginator(with_card_pictures(articles), ARTICLES_PER_PAGE)
        page = paginator.get_page(number)
        page.object_list = list(page.object_list)
        return page

    def read_filters(self, request, years, topics):
        """Read kind, year and topic from the query string, keeping valid ones."""
        kind = request.GET.get("kind", "")
        year = request.GET.get("year", "")
        topic_slug = request.GET.get("topic", "")[:100]
        topic = None
        if topic_slug:
            topic = next((topic for topic in topics if topic.slug == topic_slug), None)
        valid_year = (
            year.isascii() and year.isdigit() and len(year) <= 4 and int(year) > 0
        )
        year_notice = ""
        empty_year = None
        if valid_year and int(year) not in years:
            empty_year = int(year)
            year_notice = _("There is nothing from %(year)s.") % {"year": empty_year}
        elif year and not valid_year:
            year_notice = _(
                "“%(value)s” is not a year, so articles of every year are shown."
            ) % {"value": year[:20]}
        return {
            "kind": kind if kind in ArticleKind.values else "",
            "year": int(year) if valid_year and int(year) in years else None,
            # A year readers asked for that has no articles: none are shown.
            "empty_year": empty_year,
            "year_notice": year_notice,
            "topic": topic,
        }
