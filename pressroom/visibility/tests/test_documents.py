"""Documents go out through Wagtail's view, which checks their collection.

Without nginx (development, these tests) the view streams the file; behind
nginx it hands the file over with X-Accel-Redirect (pressroom/tests/served/
test_nginx.py runs that through the shipped configuration).
"""

from urllib.parse import quote

from django.core.files.base import ContentFile
from django.http import Http404
from django.test import RequestFactory

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest

from pressroom.visibility.sendfile import sendfile

pytestmark = pytest.mark.django_db


def make_document(name, collection=None):
    extra = {"collection": collection} if collection else {}
    return get_document_model().objects.create(
        title=name, file=ContentFile(b"%PDF-1.4 " + name.encode(), name=name), **extra
    )


def test_a_public_document_is_streamed_without_nginx(client):
    document = make_document("public-note.pdf")

    response = client.get(document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 public-note.pdf"
    assert "X-Accel-Redirect" not in response


def test_a_restricted_document_asks_the_reader_to_sign_in(client):
    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = make_document("briefing.pdf", collection=private)

    response = client.get(document.url)

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_nginx_is_told_the_documents_place_in_its_internal_location(settings):
    settings.DOCUMENTS_ACCEL_URL = "/_documents/"
    document = make_document("Брифинг план.pdf")

    response = sendfile(RequestFactory().get("/"), document.file.path)

    stored = document.file.name.removeprefix("documents/")
    assert response["X-Accel-Redirect"] == "/_documents/" + quote(stored)
    assert "%D0%91" in response["X-Accel-Redirect"]  # Б, percent-encoded
    assert response.content == b""


def test_nothing_outside_the_documents_folder_is_handed_to_nginx(settings):
    settings.DOCUMENTS_ACCEL_URL = "/_documents/"
    outside = settings.MEDIA_ROOT / "documents" / ".." / "original_images" / "x.jpg"

    with pytest.raises(Http404):
        sendfile(RequestFactory().get("/"), str(outside))
