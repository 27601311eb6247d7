"""Private storage for inquiry attachments: outside the web root, never served.

Files live under ``settings.INQUIRY_ATTACHMENT_ROOT`` (``var/inquiry-attachments``
by default), a folder that no URL maps to; the storage has no base URL, so
nothing can link to a file. Staff download an attachment through
``views.attachment_download``, which checks their permission.
"""

import os
import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class PrivateAttachmentStorage(FileSystemStorage):
    """A file system storage rooted in the private attachment folder.

    The folder is read from the settings on every use, not when the model
    is imported, so that a changed setting (tests, deployments) takes effect.
    """

    def __init__(self, **kwargs):
        kwargs["base_url"] = None
        super().__init__(**kwargs)

    @property
    def base_location(self):
        return str(settings.INQUIRY_ATTACHMENT_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise NotImplementedError("Inquiry attachments have no public URL.")


def private_attachment_storage():
    return PrivateAttachmentStorage()


EXTENSIONS = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}


def random_attachment_name(instance, filename):
    """A random name with the checked type's extension; the sender's is kept apart."""
    extension = EXTENSIONS.get(instance.attachment_type, "bin")
    return f"{secrets.token_hex(16)}.{extension}"
