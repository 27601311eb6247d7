"""How to reach the office: contact points kept as site settings, the
spokespeople journalists call, and the Contact page."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page, Site

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from pressroom.languages.previews import ReadingLanguagePreviews
from pressroom.languages.spoken import SpokenLanguagesField, spoken_language_names
from pressroom.rendercache.reuse import reused
from pressroom.serbian.forms import SerbianSlugPageForm


@register_setting(icon="mail")
class OfficeContacts(ClusterableModel, BaseSiteSetting):
    """The office's contact points, shown in every page's footer."""

    panels = [InlinePanel("contact_points", label=_("Contact points"))]

    class Meta:
        verbose_name = _("office contacts")

    @classmethod
    def for_request(cls, request):
        """The site's setting with its contact points, read once per content
        version (``rendercache``) and copied once per request."""
        found = getattr(request, "office_contacts", None)
        if found is not None:
            return found
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)

        def read():
            contacts = super(OfficeContacts, cls).for_request(request)
            contacts.points  # noqa: B018 - read now, so that copies carry them
            return contacts

        request.office_contacts = reused(("office contacts", site.pk), read)
        return request.office_contacts

    @cached_property
    def points(self):
        """The contact points in order, read once per request (see for_request)."""
        return list(self.contact_points.all())

    def point_for(self, role):
        """The first contact point with ``role``, or None."""
        return next((point for point in self.points if point.role == role), None)


class ContactRole(models.TextChoices):
    OFFICE = "office", _("The office")
    MEDIA = "media", _("Media operations")
    PUBLIC_AFFAIRS = "public_affairs", _("Public affairs office")


class ContactPoint(Orderable):
    """One way to reach the office, with its name and address in both languages.

    Phone and e-mail are the same in every language; the Latin site is
    derived from the Serbian Cyrillic fields.
    """

    settings = ParentalKey(
        OfficeContacts, related_name="contact_points", on_delete=models.CASCADE
    )
    role = models.CharField(_("role"), max_length=20, choices=ContactRole.choices)
    name_en = models.CharField(_("name in English"), max_length=200)
    name_sr = models.CharField(_("name in Serbian (Cyrillic)"), max_length=200)
    address_en = models.TextField(_("address in English"), blank=True)
    address_sr = models.TextField(_("address in Serbian (Cyrillic)"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [
        FieldPanel("role"),
        FieldPanel("name_en"),
        FieldPanel("name_sr"),
        FieldPanel("address_en"),
        FieldPanel("address_sr"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]

    def __str__(self):
        return self.name_en

    @property
    def name(self):
        """The name in the active reading language."""
        return self.name_en if get_language() == "en" else self.name_sr

    @property
    def address(self):
        """The address in the active reading language."""
        return self.address_en if get_language() == "en" else self.address_sr


class ContactPage(ReadingLanguagePreviews, Page):
    """The Contact page: an introduction and every contact point."""

    base_form_class = SerbianSlugPageForm

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    # The page lists the contact points: the footer does not repeat them.
    shows_contact_points = True

    class Meta:
        verbose_name = _("contact page")


class SpokespersonForm(WagtailAdminModelForm):
    """The admin's form: the languages as tick boxes."""

    languages = SpokenLanguagesField(
        help_text=_("Languages journalists can ask questions in.")
    )


class Spokesperson(models.Model):
    """A named press contact, shown on the Contact page and on press releases,
    with a vCard to download.

    Name and role are written in English and in Serbian Cyrillic; the Latin
    site derives its text from the Cyrillic. Editors manage them as snippets.
    """

    name_en = models.CharField(_("full name in English"), max_length=100)
    name_sr = models.CharField(_("full name in Serbian (Cyrillic)"), max_length=100)
    role_en = models.CharField(_("role in English"), max_length=200)
    role_sr = models.CharField(_("role in Serbian (Cyrillic)"), max_length=200)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sort_order = models.IntegerField(
        _("order"), default=0, help_text=_("Lower numbers are shown first.")
    )
    on_press_releases = models.BooleanField(
        _("named on press releases"),
        default=True,
        help_text=_("Shown as a media contact at the end of every press release."),
    )

    base_form_class = SpokespersonForm
    panels = [
        FieldPanel("name_en"),
        FieldPanel("name_sr"),
        FieldPanel("role_en"),
        FieldPanel("role_sr"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("languages"),
        FieldPanel("photo"),
        FieldPanel("sort_order"),
        FieldPanel("on_press_releases"),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("spokesperson")
        verbose_name_plural = _("spokespeople")

    def __str__(self):
        return self.name_en

    @property
    def name(self):
        """The name in the active reading language (Cyrillic for Serbian)."""
        return self.name_en if get_language() == "en" else self.name_sr

    @property
    def role(self):
        """The role in the active reading language (Cyrillic for Serbian)."""
        return self.role_en if get_language() == "en" else self.role_sr

    @property
    def language_names(self):
        """The languages spoken, by name in the active language."""
        return spoken_language_names(self.languages)


def all_spokespeople():
    """Every spokesperson in the editors' order, read once per content version."""
    return reused(
        "spokespeople",
        lambda: list(Spokesperson.objects.select_related("photo")),
    )
