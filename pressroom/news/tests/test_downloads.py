"""Journalists download photo originals, a photo story's ZIP and a press kit."""

import io
import zipfile
from datetime import date

from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from pressroom.ratelimits import limits
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
        "/en/downloads/photos/9999999999999999999.zip",
        "/en/downloads/press-kit/abc.zip",
    ],
)
def test_bad_ids_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_a_photo_story_offers_its_photos_and_captions_as_one_zip(client):
    lead, first, second = (make_picture(**words("en")) for _ in range(3))
    story = with_gallery(
        make_article(kind="photo_story", image=lead),
        first,
        second,
        caption="Day one.",
    )
    page = BeautifulSoup(
        client.get(url_in_reading_language(story, "en")).content, "html.parser"
    )
    zip_url = url("photo_zip", story.pk)

    assert page.select_one(f'.article-page__downloads a[href="{zip_url}"]')
    archive = opened_zip(client.get(zip_url))
    photos = sorted(name for name in archive.namelist() if name.startswith("photos/"))
    assert len(photos) == 3
    for picture in (lead, first, second):
        name = f"photos/picture-{picture.title.split()[-1]}-{picture.pk}.jpg"
        with picture.file.open("rb") as original:
            assert archive.read(name) == original.read()
    captions = archive.read("captions.txt").decode()
    assert story.title in captions
    assert captions.count("Day one.") == 2
    assert "Caption: Boats on the river." in captions  # the lead's own caption
    assert "Licence: Free for editorial use" in captions


def test_the_serbian_latin_zip_has_latin_captions(client):
    picture = make_picture(**words("sr"))
    story = with_gallery(
        make_article(kind="photo_story", language_code="sr", title="Вежба у сликама"),
        picture,
    )
    archive = opened_zip(client.get(url("photo_zip", story.pk, "sr-latn")))
    captions = archive.read("captions.txt").decode()

    assert "Vežba u slikama" in captions
    assert "Čamci na reci." in captions
    assert "Služba za odnose s javnošću" in captions
    assert "Boats" not in captions


def test_photos_over_the_size_limit_are_linked_instead(client, settings):
    picture = make_picture(size=(400, 300), **words("en"))
    story = make_article(kind="photo_story", image=picture)
    settings.DOWNLOAD_ZIP_MAX_BYTES = 10
    archive = opened_zip(client.get(url("photo_zip", story.pk)))

    assert archive.namelist() == ["captions.txt"]
    assert (
        f"http://testserver{url('photo_download', picture.pk)}"
        in archive.read("captions.txt").decode()
    )


@pytest.mark.parametrize(
    "case", ["news", "draft", "restricted", "other language", "press release"]
)
def test_only_a_visible_photo_story_in_the_reading_language_has_a_zip(client, case):
    kind = {"news": "news", "press release": "press_release"}.get(case, "photo_story")
    story = make_article(kind=kind, image=make_picture(), publish=case != "draft")
    if case == "restricted":
        restrict(story)
    language = "sr" if case == "other language" else "en"

    assert client.get(url("photo_zip", story.pk, language)).status_code == 404


def test_a_hidden_story_offers_no_download_links(client, admin_user):
    story = make_article(kind="photo_story", image=make_picture(**words("en")))
    restrict(story)
    client.force_login(admin_user)
    page = client.get(url_in_reading_language(story, "en")).content.decode()

    assert "/downloads/" not in page


def test_a_press_release_offers_a_press_kit_in_the_reading_language(client):
    picture = make_picture(**words("sr"))
    release = with_gallery(
        make_article(
            kind="press_release",
            language_code="sr",
            title="Саопштење о вежби",
            lead="Вежба почиње у среду.",
            place="Београд",
            day=date(2026, 5, 20),
        ),
        picture,
    )
    page = client.get(url_in_reading_language(release, "sr")).content.decode()
    kit_url = url("press_kit", release.pk, "sr")
    assert f'href="{kit_url}"' in page

    cyrillic = opened_zip(client.get(kit_url))
    text = cyrillic.read("release.txt").decode()
    assert text.startswith("Саопштење о вежби\n\nБеоград, 20. ма")
    assert "Вежба почиње у среду." in text
    assert "The first paragraph.\nThe second one." in text
    assert len([n for n in cyrillic.namelist() if n.startswith("photos/")]) == 1
    assert "Чамци на реци." in cyrillic.read("captions.txt").decode()

    latin = opened_zip(client.get(url("press_kit", release.pk, "sr-latn")))
    text = latin.read("release.txt").decode()
    assert text.startswith("Saopštenje o vežbi\n\nBeograd, 20. ma")
    assert "Vežba počinje u sredu." in text
    assert "Čamci na reci." in latin.read("captions.txt").decode()


def test_zips_are_rate_limited(client, settings, monkeypatch):
    settings.DOWNLOAD_RATE_LIMIT_PER_MINUTE = 2
    monkeypatch.setattr(limits, "now", lambda: 1_000_000.0)
    story = make_article(kind="photo_story", image=make_picture())
    zip_url = url("photo_zip", story.pk)
    for _ in range(2):
        assert client.get(zip_url).status_code == 200
    refused = client.get(zip_url)

    assert refused.status_code == 429
    assert int(refused["Retry-After"]) >= 1
