"""The /sr-latn/ site is the Cyrillic site converted in one place, on every response."""

import re

import pytest
from bs4 import BeautifulSoup

from pressroom.testing import make_article, make_translation

pytestmark = pytest.mark.django_db

CYRILLIC = re.compile("[\u0400-\u04ff]")


def test_an_edit_published_in_cyrillic_shows_in_latin_on_the_next_request(
    client, serbian, reading_url
):
    article = make_translation(
        make_article(title="Exercise opens"), title="Почела вежба „Дрински штит“"
    )
    revision = article.get_latest_revision_as_object()
    revision.title = "Џеп пун љубави: ЊЕГОШ и ЏУГАЊ у Ђердапу"
    revision.save_revision().publish()

    soup = BeautifulSoup(
        client.get(reading_url(article, "sr-latn")).content, "html.parser"
    )
    assert (
        soup.h1.get_text(strip=True) == "Džep pun ljubavi: NJEGOŠ i DŽUGANJ u Đerdapu"
    )
    assert soup.title.get_text().startswith("Džep pun ljubavi")


def test_latin_pages_keep_urls_and_markup(client, serbian, reading_url):
    article = make_translation(
        make_article(title="Exercise opens"), title="Почела вежба „Дрински штит“"
    )
    cyrillic = BeautifulSoup(
        client.get(reading_url(article, "sr")).content, "html.parser"
    )
    latin = BeautifulSoup(
        client.get(reading_url(article, "sr-latn")).content, "html.parser"
    )
    cyrillic_tags = [
        (tag.name, sorted(tag.attrs)) for tag in cyrillic.main.find_all(True)
    ]
    latin_tags = [(tag.name, sorted(tag.attrs)) for tag in latin.main.find_all(True)]
    assert latin_tags == cyrillic_tags
    cyrillic_links = [
        a["href"].replace("/sr/", "/sr-latn/", 1)
        for a in cyrillic.select("main a[href]")
    ]
    latin_links = [a["href"] for a in latin.select("main a[href]")]
    assert latin_links == cyrillic_links


def test_latin_pages_say_they_are_latin(client, serbian, reading_url):
    article = make_translation(
        make_article(title="Exercise opens"), title="Почела вежба „Дрински штит“"
    )
    response = client.get(reading_url(article, "sr-latn"))
    assert response["Content-Language"] == "sr-Latn"
    assert 'lang="sr-Latn"' in response.content.decode()


def test_the_cyrillic_switcher_label_stays_cyrillic_on_latin_pages(client):
    soup = BeautifulSoup(client.get("/sr-latn/").content, "html.parser")
    labels = [
        item.get_text(strip=True) for item in soup.select(".language-switcher li")
    ]
    assert labels == ["Eng", "Lat.", "Ћир."]


def test_interface_strings_are_latin_on_the_latin_site(client):
    soup = BeautifulSoup(client.get("/sr-latn/").content, "html.parser")
    assert (
        soup.select_one(".skip-link").get_text(strip=True) == "Pređi na glavni sadržaj"
    )
    text = soup.body.get_text(" ", strip=True).replace("Ћир.", "")
    assert not CYRILLIC.search(text)


def test_cyrillic_and_english_pages_are_served_as_written(client):
    cyrillic = client.get("/sr/")
    soup = BeautifulSoup(cyrillic.content, "html.parser")
    assert (
        soup.select_one(".skip-link").get_text(strip=True) == "Пређи на главни садржај"
    )
    assert cyrillic.get("Content-Language") != "sr-Latn"
    assert client.get("/en/").get("Content-Language") != "sr-Latn"
