"""Rendition files under names nobody can guess.

nginx serves ``MEDIA_ROOT/images/`` directly, and Wagtail names a rendition
after its original (``platypus-signing.fill-480x270.format-webp.webp``): a
reader who knows an embargoed release's photo by name, or sees its title,
could fetch its renditions before the release is published. Every rendition
written through this storage gets a random part in its name, so it is
reached only through a page that shows it: for an embargoed release, the
journalists' personal links. (Originals have no public URL at all: nginx
refuses ``/media/original_images/``, see visibility/sendfile.py.)
"""

import os
import secrets

from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible

RANDOM_BYTES = 8  # 16 hex digits: 2^64 names per rendition


@deconstructible
class UnguessableRenditionStorage(FileSystemStorage):
    """MEDIA_ROOT's file storage, adding a random part to every new file's name."""

    def get_available_name(self, name, max_length=None):
        directory, filename = os.path.split(name)
        stem, extension = os.path.splitext(filename)
        name = os.path.join(
            directory, f"{stem}.{secrets.token_hex(RANDOM_BYTES)}{extension}"
        )
        return super().get_available_name(name, max_length=max_length)
