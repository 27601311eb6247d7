"""The admin's image form: alternative text in both languages, or decorative."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm

ALT_TEXT_FIELDS = ("alt_text_en", "alt_text_sr")


class PictureForm(BaseImageForm):
    """Wagtail's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``), which refuses
    an image without alternative text in English and Serbian unless it is
    marked decorative.

    Wagtail's multiple upload keeps a file whose form fails here and asks for
    the missing words before it becomes an image.
    """

    def clean(self):
        cleaned_data = super().clean()
        if "is_decorative" not in self.fields or cleaned_data.get("is_decorative"):
            return cleaned_data
        for name in ALT_TEXT_FIELDS:
            if name in self.fields and not (cleaned_data.get(name) or "").strip():
                self.add_error(
                    name,
                    ValidationError(
                        _(
                            "Describe the picture for readers who cannot see it, "
                            "or mark it decorative."
                        ),
                        code="alt_text_required",
                    ),
                )
        return cleaned_data
