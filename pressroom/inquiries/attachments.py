"""Checking an uploaded attachment: PDF, JPEG or PNG, by content, within limits.

The type comes from the file's first bytes (``filetype``), never from its
name or the browser's Content-Type. Images are also opened and verified by
Pillow with a pixel limit, so a decompression bomb is refused before anyone
opens it.
"""

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

import filetype
from PIL import Image

ALLOWED_TYPES = ("application/pdf", "image/jpeg", "image/png")
MAX_IMAGE_PIXELS = 50_000_000


def check_attachment(upload):
    """Return the checked MIME type of ``upload``; ValidationError if refused."""
    if upload.size > settings.INQUIRY_MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("The attachment is larger than %(limit)s MB."),
            code="too_large",
            params={"limit": settings.INQUIRY_MAX_ATTACHMENT_BYTES // (1024 * 1024)},
        )
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    mime = kind.mime if kind else None
    if mime not in ALLOWED_TYPES:
        raise ValidationError(
            _("Please attach a PDF, JPEG or PNG file."), code="wrong_type"
        )
    if mime.startswith("image/"):
        _verify_image(upload)
    upload.seek(0)
    return mime


def _verify_image(upload):
    refused = ValidationError(
        _("The picture could not be read or is too large."), code="bad_image"
    )
    try:
        with warnings.catch_warnings():
            # Pillow warns above MAX_IMAGE_PIXELS and raises at twice that;
            # both are refused here.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                if image.width * image.height > MAX_IMAGE_PIXELS:
                    raise refused
                image.verify()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise refused from error
    except Exception as error:  # noqa: BLE001 - any decoding error means refuse
        raise refused from error
    finally:
        upload.seek(0)
