"""The media calendar: upcoming media events as pages, in every language.

Events are pages below a calendar page, translated like other pages, so the
one visibility rule (``visible_pages``) and the Latin derivation apply to
them as to articles. An event is upcoming until it ends (or, without an end,
until it starts); then it drops off the calendar and its feed
(``refresh_media_calendar`` advances the content version when that happens).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from pressroom.languages.previews import ReadingLanguagePreviews
from pressroom.languages.spoken import SpokenLanguagesField, spoken_language_names
from pressroom.serbian.forms import SerbianSlugPageForm
from pressroom.visibility.rules import visible_pages


def upcoming(now=None):
    """True for an event that has not ended yet (without an end: not started)."""
    now = now or timezone.now()
    return Q(ends_at__gt=now) | Q(ends_at__isnull=True, starts_at__gt=now)


class MediaEventForm(SerbianSlugPageForm):
    """The event's form: the languages as tick boxes."""

    languages = SpokenLanguagesField(
        label=_("languages of the event"),
        help_text=_("Languages spoken or interpreted at the event."),
    )


class MediaCalendarPage(ReadingLanguagePreviews, Page):
    """The media calendar: the upcoming events below it, soonest first, and
    its iCalendar feed."""

    base_form_class = SerbianSlugPageForm

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.MediaEventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("media calendar")

    def upcoming_events(self, now=None):
        """The events below this page readers may see that have not ended."""
        return visible_pages(
            MediaEventPage.objects.child_of(self).filter(upcoming(now)), now=now
        ).order_by("starts_at", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["events"] = list(self.upcoming_events())
        return context


class MediaEventPage(ReadingLanguagePreviews, Page):
    """A media event: when and where, until when to apply for accreditation,
    in which languages, and what it is about."""

    base_form_class = MediaEventForm

    starts_at = models.DateTimeField(
        _("starts at"), help_text=_("Date and time in Belgrade.")
    )
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200)
    accreditation_deadline = models.DateTimeField(
        _("accreditation deadline"),
        null=True,
        blank=True,
        help_text=_("Journalists apply for accreditation by then (Belgrade time)."),
    )
    languages = models.JSONField(_("languages of the event"), default=list, blank=True)
    description = models.TextField(
        _("short description"), max_length=1000, help_text=_("A few sentences.")
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("starts_at"),
                FieldPanel("ends_at"),
                FieldPanel("place"),
                FieldPanel("accreditation_deadline"),
                FieldPanel("languages"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("description"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("place"),
        index.SearchField("description"),
    ]
    parent_page_types = ["events.MediaCalendarPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("media event")
        verbose_name_plural = _("media events")

    def clean(self):
        super().clean()
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The event must end after it starts.")})

    @property
    def language_names(self):
        """The event's languages, by name in the active language."""
        return spoken_language_names(self.languages)

    @property
    def is_upcoming(self):
        end = self.ends_at or self.starts_at
        return end is not None and end > timezone.now()
