"""Journalists download photo originals, a photo story's ZIP and a press kit."""

import io
import zipfile
from datetime import date

from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from pressroom.testing import (
    make_article,
    make_picture,
    restrict,
    url_in_reading_language,
)

pytestmark = pytest.mark.django_db


def url(name, pk, language="en"):
    with translation.override(language):
        return reverse(name, args=[pk])


def words(language):
    return {
        f"alt_text_{language}": "x",
        "caption_en": "Boats on the river.",
        "caption_sr": "Чамци на реци.",
        "credit_en": "Public Affairs",
        "credit_sr": "Служба за односе с јавношћу",
        "licence_en": "Free for editorial use",
        "licence_sr": "Слободно за уредничку употребу",
    }


def with_gallery(article, *pictures, caption=""):
    """Put ``pictures`` in a gallery in ``article``'s body and publish it."""
    article.body = [
        ("paragraph", "<p>The first paragraph.</p><p>The second one.</p>"),
        (
            "gallery",
            [
                {"image": picture, "caption": caption, "credit": ""}
                for picture in pictures
            ],
        ),
    ]
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def opened_zip(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_original_of_an_article_photo_is_downloaded_as_an_attachment(client):
    picture = make_picture(title="Boats on the Drina", **words("en"))
    article = make_article(image=picture)
    page = BeautifulSoup(
        client.get(url_in_reading_language(article, "en")).content, "html.parser"
    )
    figure = page.select_one(".article-page__image figcaption")
    link = figure.select_one("a.photo-download")

    assert "Public Affairs" in figure.text
    assert "Free for editorial use" in figure.text
    assert link["href"] == url("photo_download", picture.pk)
    response = client.get(link["href"])
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="boats-on-the-drina-{picture.pk}.jpg"'
    )
    with picture.file.open("rb") as original:
        assert b"".join(response.streaming_content) == original.read()


@pytest.mark.parametrize("hidden", ["draft", "restricted", "expired"])
def test_a_photo_only_a_hidden_page_uses_is_never_downloadable(client, hidden):
    picture = make_picture()
    article = make_article(image=picture, publish=hidden != "draft")
    if hidden == "restricted":
        restrict(article)
    if hidden == "expired":
        type(article).objects.filter(pk=article.pk).update(
            expire_at=date(2020, 1, 1).isoformat() + "T00:00:00Z"
        )

    assert client.get(url("photo_download", picture.pk)).status_code == 404
    api_ids = {item["id"] for item in client.get("/api/v2/images/").json()["items"]}
    assert picture.pk not in api_ids
    make_article(image=picture)  # a public page now uses it too
    assert client.get(url("photo_download", picture.pk)).status_code == 200
    api_ids = {item["id"] for item in client.get("/api/v2/images/").json()["items"]}
    assert picture.pk in api_ids


@pytest.mark.parametrize(
    "path",
    [
        "/en/downloads/photo/9999999999999999999/",
        "/en/downloads/photo/99999999999999999999/",
        "/en/downloads/photo/0/",
    ],
)
def test_bad_ids_are_not_found(client, path):
    assert client.get(path).status_code == 404
