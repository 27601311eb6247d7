"""A picture's alternative text and caption are in the reading language."""

import pytest
from bs4 import BeautifulSoup

from pressroom.testing import make_article, make_picture, url_in_reading_language

pytestmark = pytest.mark.django_db

ENGLISH_ALT = "A rescue boat on the flooded river"
SERBIAN_ALT = "Спасилачки чамац на поплављеној реци"
LATIN_ALT = "Spasilački čamac na poplavljenoj reci"


def lead_picture(client, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return page, page.select_one(".article-page__image img")


@pytest.fixture
def picture():
    return make_picture(
        alt_text_en=ENGLISH_ALT,
        alt_text_sr=SERBIAN_ALT,
        caption_en="Day one of the exercise.",
        caption_sr="Први дан вежбе.",
        credit_en="Public Affairs",
        credit_sr="Служба за односе с јавношћу",
    )


@pytest.mark.parametrize(
    ("language", "alt", "caption"),
    [
        ("en", ENGLISH_ALT, "Day one of the exercise."),
        ("sr", SERBIAN_ALT, "Први дан вежбе."),
        ("sr-latn", LATIN_ALT, "Prvi dan vežbe."),
    ],
)
def test_the_lead_picture_speaks_the_reading_language(
    client, picture, language, alt, caption
):
    article = make_article(
        language_code="en" if language == "en" else "sr", image=picture
    )
    page, img = lead_picture(client, url_in_reading_language(article, language))

    assert img["alt"] == alt
    assert caption in page.select_one(".article-page__image figcaption").text
    assert page.select_one('meta[property="og:image:alt"]')["content"] == alt
    if language != "en":
        assert ENGLISH_ALT not in str(page)
        assert "Public Affairs" not in str(page)


def test_serbian_pages_never_show_the_english_alt_text(client):
    picture = make_picture(title="Boat on the river", alt_text_en=ENGLISH_ALT)
    article = make_article(language_code="sr", image=picture)
    for language in ("sr", "sr-latn"):
        page, img = lead_picture(client, url_in_reading_language(article, language))
        assert img["alt"] == ""
        assert ENGLISH_ALT not in str(page)
        assert "Boat on the river" not in str(page)


def test_a_decorative_picture_has_an_empty_alt(client):
    picture = make_picture(
        alt_text_en=ENGLISH_ALT, alt_text_sr=SERBIAN_ALT, is_decorative=True
    )
    article = make_article(image=picture)
    _, img = lead_picture(client, url_in_reading_language(article, "en"))

    assert img["alt"] == ""


def test_a_body_picture_uses_its_own_words_in_the_serbian_article(client, picture):
    article = make_article(language_code="sr")
    article.body = [
        ("image", {"image": picture, "alt": "", "caption": "", "credit": ""}),
        (
            "gallery",
            [{"image": picture, "alt": "Свој опис", "caption": "Свој потпис"}],
        ),
    ]
    article.save_revision().publish()
    page = BeautifulSoup(
        client.get(url_in_reading_language(article, "sr")).content, "html.parser"
    )
    single = page.select_one(".captioned-image")
    gallery = page.select_one(".gallery__item")

    assert single.img["alt"] == SERBIAN_ALT
    assert "Први дан вежбе." in single.figcaption.text
    assert "Служба за односе с јавношћу" in single.figcaption.text
    assert gallery.img["alt"] == "Свој опис"
    assert "Свој потпис" in gallery.figcaption.text
