"""A listing's first picture, the page's largest paint, is fetched at once."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from pressroom.home.models import HomePage
from pressroom.testing import make_article, make_image, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def own_content_versions():
    """Start from a content version no other test reaches: the process keeps
    renders per version number, and each test's rolled-back changes would
    otherwise reach the same numbers as the test before."""
    import random

    from django.db.models import F

    from pressroom.rendercache.models import ContentVersion

    ContentVersion.objects.update(number=F("number") + random.randint(10**6, 10**9))


def card_images(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select(".cards img")


def test_the_first_card_picture_is_eager_and_the_others_lazy(client):
    section = make_section()
    for day in (1, 2, 3):
        make_article(parent=section, image=make_image(), day=date(2026, 4, day))
    images = card_images(client.get(section.url))
    assert len(images) == 3
    assert images[0]["loading"] == "eager"
    assert images[0]["fetchpriority"] == "high"
    assert [image["loading"] for image in images[1:]] == ["lazy", "lazy"]
    assert not any(image.has_attr("fetchpriority") for image in images[1:])


def test_the_home_pages_first_card_is_eager_without_a_featured_story(client):
    home = HomePage.objects.get(locale__language_code="en")
    home.featured_article = None
    home.save_revision().publish()
    # Newer than anything else, so that it comes first.
    make_article(image=make_image(), day=date(2099, 1, 1))
    images = card_images(client.get("/en/"))
    assert images[0]["loading"] == "eager"
    assert all(image["loading"] == "lazy" for image in images[1:])


def test_a_featured_storys_picture_is_fetched_first(client):
    home = HomePage.objects.get(locale__language_code="en")
    home.featured_article = make_article(image=make_image())
    home.save_revision().publish()
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    featured = soup.select_one(".featured img")
    assert featured["fetchpriority"] == "high"
    assert not featured.has_attr("loading") or featured["loading"] == "eager"
    assert all(image["loading"] == "lazy" for image in soup.select(".cards img"))
