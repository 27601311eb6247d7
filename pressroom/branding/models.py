"""The office's logo, a site setting: shown in the header, named as the
publisher's logo in structured data, and made into the site's icons."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images import get_image_model_string

from .icons import MINIMUM_LOGO_SIZE, open_logo


def logo_bytes(image):
    """The bytes of a Wagtail image's original file."""
    with image.open_file() as file:
        return file.read()


@register_setting(icon="image")
class OfficeLogo(BaseSiteSetting):
    """The office's logo for one site; without one, a neutral default is used.

    Only PNG is accepted: uploads are served as files, and an SVG would need
    a sanitiser the project does not keep (an SVG can carry scripts).
    """

    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A PNG image at least 512 pixels wide and high, ideally square with "
            "a transparent background. The site's icons are made from it."
        ),
    )

    panels = [FieldPanel("logo")]

    class Meta:
        verbose_name = _("logo")

    def clean(self):
        super().clean()
        if self.logo is None:
            return
        try:
            logo = open_logo(logo_bytes(self.logo))
        except (OSError, ValueError):
            raise ValidationError(
                {"logo": _("The logo must be a PNG image.")}
            ) from None
        if min(logo.size) < MINIMUM_LOGO_SIZE:
            raise ValidationError(
                {
                    "logo": _(
                        "The logo must be at least %(size)s pixels wide and high; "
                        "this one is %(width)s × %(height)s."
                    )
                    % {
                        "size": MINIMUM_LOGO_SIZE,
                        "width": logo.width,
                        "height": logo.height,
                    }
                }
            )
