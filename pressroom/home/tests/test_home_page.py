"""The home page of each language: featured story, latest news, navigation, footer."""

import pytest
from bs4 import BeautifulSoup

from pressroom.home.models import HomePage, StandardPage
from pressroom.serbian.script import to_latin
from pressroom.testing import (
    data_for_each_module,
    make_article,
    make_contact_point,
    make_content_page,
    make_image,
    make_translation,
)

pytestmark = pytest.mark.django_db


def make_home_content():
    """More articles than the home page lists, in both languages, one of them
    featured; a content page; the office's three contact points."""
    image = make_image()
    articles = []
    for number in range(8):
        article = make_article(title=f"Report {number}", image=image)
        make_translation(article, title=f"Извештај {number}")
        articles.append(article)
    for language, featured in (("en", articles[0]), ("sr", None)):
        home = HomePage.objects.get(locale__language_code=language)
        home.featured_article = featured or articles[0].get_translation(home.locale)
        home.save_revision().publish()
    about = make_content_page(title="About the office")
    make_translation(about, title="О Канцеларији")
    for role in ("office", "media", "public_affairs"):
        make_contact_point(role)


home_content = data_for_each_module(make_home_content)


@pytest.mark.parametrize(
    ("prefix", "html_lang"), [("en", "en"), ("sr", "sr-Cyrl"), ("sr-latn", "sr-Latn")]
)
def test_home_page_renders_in_each_language(client, prefix, html_lang):
    response = client.get(f"/{prefix}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == html_lang
    assert soup.select_one(".featured__title a")
    assert len(soup.select(".latest .card")) == 6
    assert soup.select_one("a.skip-link")["href"] == "#main"
    assert soup.select_one("main#main")


def test_home_page_features_the_editors_choice(client):
    home = HomePage.objects.get(locale__language_code="en")
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert soup.select_one(".featured__title").get_text(strip=True) == (
        home.featured_article.title
    )
    latest = [card.get_text(strip=True) for card in soup.select(".latest .card__title")]
    assert home.featured_article.title not in latest


def test_serbian_home_page_features_the_serbian_translation(client):
    home = HomePage.objects.get(locale__language_code="sr")
    assert home.featured_article.locale.language_code == "sr"
    soup = BeautifulSoup(client.get("/sr/").content, "html.parser")
    assert soup.select_one(".featured__title").get_text(strip=True) == (
        home.featured_article.title
    )


def test_main_navigation_leads_to_newsroom_about_partnership_and_contact(client):
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    labels = [link.get_text(strip=True) for link in soup.select(".main-nav a")]
    assert "Newsroom" in labels
    assert "Contact" in labels
    assert len(labels) >= 4
    for link in soup.select(".main-nav a"):
        assert client.get(link["href"]).status_code == 200


@pytest.mark.parametrize("prefix", ["en", "sr", "sr-latn"])
def test_content_pages_render_in_each_language(client, reading_url, prefix):
    language = "en" if prefix == "en" else "sr"
    for page in StandardPage.objects.live().filter(locale__language_code=language):
        url = reading_url(page, prefix)
        response = client.get(url)
        assert response.status_code == 200, url
        title = BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)
        assert title == (to_latin(page.title) if prefix == "sr-latn" else page.title)


def test_footer_shows_the_office_contacts_in_the_reading_language(client):
    english = BeautifulSoup(client.get("/en/").content, "html.parser")
    serbian = BeautifulSoup(client.get("/sr/").content, "html.parser")
    assert len(english.select(".site-footer .contact-point")) == 3
    english_names = [
        h.get_text(strip=True)
        for h in english.select(".site-footer .contact-point__name")
    ]
    serbian_names = [
        h.get_text(strip=True)
        for h in serbian.select(".site-footer .contact-point__name")
    ]
    assert english_names != serbian_names
    assert english.select_one('.site-footer a[href^="mailto:"]')
