"""Media assets under each reading language: /en/downloads/…, /sr/…, /sr-latn/…."""

from django.urls import re_path

from . import downloads

# Ids of at most 19 digits; larger ones could not be a row (a 404 anyway).
urlpatterns = [
    re_path(
        r"^downloads/photo/(?P<image_id>[0-9]{1,19})/$",
        downloads.photo_download,
        name="photo_download",
    ),
    re_path(
        r"^downloads/photos/(?P<page_id>[0-9]{1,19})\.zip$",
        downloads.photo_zip,
        name="photo_zip",
    ),
    re_path(
        r"^downloads/press-kit/(?P<page_id>[0-9]{1,19})\.zip$",
        downloads.press_kit,
        name="press_kit",
    ),
]
