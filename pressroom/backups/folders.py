"""The folders of uploads a backup holds, by their name in the archive."""

from pathlib import Path

from django.conf import settings

# Public uploads (images, renditions, documents), and the private ones that
# are never served by URL. A new kind of private upload adds its setting here.
UPLOAD_SETTINGS = {
    "media": "MEDIA_ROOT",
    "inquiry-attachments": "INQUIRY_ATTACHMENT_ROOT",
}


def upload_folders():
    """{name in the archive: the folder this site's settings name}."""
    return {
        name: Path(getattr(settings, setting))
        for name, setting in UPLOAD_SETTINGS.items()
    }
