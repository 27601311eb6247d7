"""The site's images: Wagtail's image with its words in both content languages.

Each picture carries, in English and in Serbian (written once, in Cyrillic),
its alternative text, a caption, a credit ("Photo: …") and a licence line.
Serbian Latin pages get the Cyrillic words converted on the way out, as every
other Serbian text is, so nothing is stored in Latin. A picture that only
decorates is marked so and gets an empty ``alt``; otherwise the admin form
asks for the alternative text in both languages (``pictures.forms``).
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image


def content_language(language_code=None):
    """ "en" or "sr": the language a reading language's words are written in
    (the active language by default; ``sr-latn`` reads ``sr``)."""
    code = language_code or translation.get_language() or "en"
    return "sr" if code.lower().startswith("sr") else "en"


class Picture(AbstractImage):
    """An image with alternative text, caption, credit and licence per language."""

    alt_text_en = models.CharField(
        _("alternative text (English)"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for readers who cannot see it."),
    )
    alt_text_sr = models.CharField(
        _("alternative text (Serbian)"),
        max_length=250,
        blank=True,
        help_text=_("In Cyrillic; readers of the Latin site get it in Latin."),
    )
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_(
            "Tick only when the picture adds nothing to the text: "
            "screen readers then skip it."
        ),
    )
    caption_en = models.CharField(_("caption (English)"), max_length=500, blank=True)
    caption_sr = models.CharField(_("caption (Serbian)"), max_length=500, blank=True)
    credit_en = models.CharField(
        _("credit (English)"),
        max_length=250,
        blank=True,
        help_text=_("Who took the picture or where it comes from."),
    )
    credit_sr = models.CharField(_("credit (Serbian)"), max_length=250, blank=True)
    licence_en = models.CharField(
        _("licence (English)"),
        max_length=250,
        blank=True,
        help_text=_("How the media may use it, e.g. free for editorial use."),
    )
    licence_sr = models.CharField(_("licence (Serbian)"), max_length=250, blank=True)

    admin_form_fields = (
        *(name for name in Image.admin_form_fields if name != "description"),
        "alt_text_en",
        "alt_text_sr",
        "is_decorative",
        "caption_en",
        "caption_sr",
        "credit_en",
        "credit_sr",
        "licence_en",
        "licence_sr",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_picture", "Can choose image")]

    def words(self, field, language_code=None):
        """``field`` (alt_text, caption, credit, licence) in the reading
        language (the active one by default); Serbian as written, in Cyrillic."""
        return getattr(self, f"{field}_{content_language(language_code)}")

    def alt_text(self, language_code=None):
        """The alternative text in the reading language: empty when the
        picture is decorative, never the English words on a Serbian page."""
        if self.is_decorative:
            return ""
        if content_language(language_code) == "sr":
            return self.alt_text_sr or self.caption_sr
        return self.alt_text_en or self.title

    @property
    def default_alt_text(self):
        # What Wagtail's {% image %} and {% picture %} print when a template
        # gives no alt: the words of the active (reading) language.
        return self.alt_text()

    def caption(self, language_code=None):
        return self.words("caption", language_code)

    def credit(self, language_code=None):
        return self.words("credit", language_code)

    def licence(self, language_code=None):
        return self.words("licence", language_code)


class PictureRendition(AbstractRendition):
    """A resized copy of a picture (Wagtail's rendition)."""

    image = models.ForeignKey(
        Picture, related_name="renditions", on_delete=models.CASCADE
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
