"""Pictures come in modern formats and several widths, sized, and lazily
loaded below the first one."""

import pytest
from bs4 import BeautifulSoup

from pressroom.home.models import HomePage
from pressroom.news.models import NewsIndexPage
from pressroom.testing import make_photo_story, make_story

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def stories(db):
    """Articles with pictures in both languages, one featured on the home page."""
    story = make_story()
    make_story()
    home = HomePage.objects.get(locale=story.locale)
    home.featured_article = story
    home.save_revision().publish()
    return story


def pictures(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select("main picture")


def assert_responsive(picture):
    """AVIF and WebP sources, a JPEG fallback, widths for the browser to choose."""
    types = [source["type"] for source in picture.select("source")]
    assert types == ["image/avif", "image/webp"]
    for source in picture.select("source"):
        assert source["srcset"].count("w,") >= 1  # at least two widths
        assert source["sizes"]
    img = picture.img
    assert img["src"].endswith(".jpg")
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert img["srcset"] and img["sizes"]


def test_an_articles_first_picture_loads_at_once_and_the_others_lazily(
    client, reading_url, stories
):
    article = make_photo_story(related=stories)
    found = pictures(client, reading_url(article, "en"))
    assert len(found) > 2  # the listing image, the gallery, the related cards
    for picture in found:
        assert_responsive(picture)
    first, *others = found
    assert "loading" not in first.img.attrs
    assert all(picture.img["loading"] == "lazy" for picture in others)


@pytest.mark.parametrize("language", ["en", "sr-latn"])
def test_newsroom_cards_have_lazy_responsive_pictures_but_the_first(
    client, reading_url, language
):
    newsroom = NewsIndexPage.objects.filter(
        locale__language_code=language[:2]
    ).order_by("-depth")[0]
    found = pictures(client, reading_url(newsroom, language))
    assert found
    for picture in found:
        assert_responsive(picture)
        assert picture.img["alt"] == ""  # the card's title says what it shows
    # The first is the page's largest paint: fetched at once.
    first, *others = found
    assert first.img["loading"] == "eager"
    assert all(picture.img["loading"] == "lazy" for picture in others)


def test_the_featured_picture_on_the_home_page_is_not_lazy(client):
    featured, *cards = pictures(client, "/en/")
    assert_responsive(featured)
    assert "loading" not in featured.img.attrs
    assert cards and all(card.img["loading"] == "lazy" for card in cards)
