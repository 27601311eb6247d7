"""An embargoed release's photos have no URL anyone could guess.

Renditions carry a random part in their names; originals are never served
by URL (nginx refuses /media/original_images/, deploy/nginx.conf.template)
and leave only through visibility.sendfile.original_image_response, behind
a view that has asked the visibility rule.
"""

import io
import re
from datetime import timedelta

from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from wagtail.images import get_image_model

import pytest
from PIL import Image as PillowImage

from pressroom.accreditation.models import EmbargoLink
from pressroom.testing import make_accreditation, make_article
from pressroom.visibility.sendfile import original_image_response

pytestmark = pytest.mark.django_db


def make_image(name="platypus-signing.jpg"):
    picture = io.BytesIO()
    PillowImage.new("RGB", (64, 48), "teal").save(picture, "JPEG")
    return get_image_model().objects.create(
        title="Platypus signing", file=ImageFile(picture, name=name)
    )


def test_a_rendition_name_cannot_be_derived_from_the_original():
    image = make_image()
    rendition = image.get_rendition("fill-40x30")
    stored = rendition.file.name
    match = re.fullmatch(
        r"(images/platypus-signing\w*\.\w+\.fill-40x30)\.[0-9a-f]{16}(\.jpg)", stored
    )
    assert match, stored
    # What Wagtail would have called it is not there.
    assert not default_storage.exists(match.group(1) + match.group(2))


def test_the_same_photo_uploaded_twice_gets_different_rendition_names():
    first = make_image().get_rendition("width-32").file.name
    second = make_image().get_rendition("width-32").file.name
    assert first != second


def test_an_embargoed_release_shows_its_photo_only_through_the_personal_link(
    client,
):
    make_accreditation()
    image = make_image()
    page = make_article(kind="press_release", image=image, publish=False)
    page.go_live_at = timezone.now() + timedelta(hours=2)
    page.save_revision().publish()
    # Not in the images API, whose listing asks the visibility rule.
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404
    link = EmbargoLink.objects.get()
    body = client.get(reverse("embargoed_release", args=[link.token])).content
    urls = set(re.findall(rb"/media/images/[^\s\"']+", body))
    assert urls
    for url in urls:
        assert re.search(rb"\.[0-9a-f]{16}\.\w+$", url), url


def test_an_original_goes_to_nginx_internal_location(settings, rf):
    settings.ORIGINAL_IMAGES_ACCEL_URL = "/_original_images/"
    image = make_image()
    response = original_image_response(image, filename="photo.jpg")
    name = image.file.name.removeprefix("original_images/")
    assert response["X-Accel-Redirect"] == "/_original_images/" + name
    assert response["Content-Disposition"] == 'attachment; filename="photo.jpg"'
    assert response.content == b""


def test_without_nginx_an_original_is_streamed(settings):
    settings.ORIGINAL_IMAGES_ACCEL_URL = ""
    image = make_image()
    response = original_image_response(image)
    assert b"".join(response.streaming_content).startswith(b"\xff\xd8")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_file_outside_the_originals_folder_is_refused(settings):
    settings.ORIGINAL_IMAGES_ACCEL_URL = "/_original_images/"
    image = make_image()
    image.file.name = "documents/secret.pdf"
    with pytest.raises(Http404):
        original_image_response(image)
