"""The home page of each language and the office's standing content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from pressroom.languages.previews import ReadingLanguagePreviews
from pressroom.languages.visibility import public
from pressroom.news.blocks import StoryBlock
from pressroom.news.models import ArticlePage, with_card_pictures
from pressroom.serbian.forms import SerbianSlugPageForm

LATEST_NEWS_COUNT = 6


class HomePage(ReadingLanguagePreviews, Page):
    """The front page: a featured story and the latest news."""

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

    def featured(self):
        """The featured article if it is live and in this page's language."""
        article = self.featured_article
        if article and article.live and article.locale_id == self.locale_id:
            return article
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        featured = self.featured()
        latest = with_card_pictures(
            public(
                ArticlePage.objects.live()
                .filter(locale_id=self.locale_id)
                .order_by("-date", "-pk"),
                request,
            )
        )
        if featured:
            latest = latest.exclude(pk=featured.pk)
        context.update(featured=featured, latest_articles=latest[:LATEST_NEWS_COUNT])
        return context


class StandardPage(ReadingLanguagePreviews, Page):
    """A content page such as About the office or Partnership."""

    base_form_class = SerbianSlugPageForm

    lead = models.TextField(_("lead"), blank=True)
    body = StreamField(StoryBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]

    class Meta:
        verbose_name = _("content page")
