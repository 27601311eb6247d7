"""The header switcher and hreflang alternates keep the reader on the same page."""

import pytest
from bs4 import BeautifulSoup

from pressroom.home.models import StandardPage
from pressroom.news.models import ArticlePage
from pressroom.testing import make_article, make_content_page, make_translation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def pages(db):
    """A translated article and a content page."""
    make_translation(make_article(title="Exercise opens"), title="Почела вежба")
    make_content_page(title="About the office")


HTML_LANG = {"en": "en", "sr": "sr-Cyrl", "sr-latn": "sr-Latn"}


def switcher_links(html):
    """Map switcher label to the href of each link (the current one has none)."""
    soup = BeautifulSoup(html, "html.parser")
    switcher = soup.select_one("nav.language-switcher")
    return {
        item.get_text(strip=True): item.get("href")
        for item in switcher.select("a, span")
    }


def alternates(html):
    soup = BeautifulSoup(html, "html.parser")
    return {
        link["hreflang"]: link["href"]
        for link in soup.select('link[rel="alternate"][hreflang]')
    }


def test_switcher_reads_eng_lat_cyr_in_that_order(client, english):
    article = ArticlePage.objects.live().filter(locale=english).first()
    html = client.get(article.url).content.decode()
    assert list(switcher_links(html)) == ["Eng", "Lat.", "Ћир."]


def test_switcher_leads_to_the_same_article_in_each_language(
    client, english, serbian, reading_url
):
    article = ArticlePage.objects.live().filter(locale=english).first()
    translation = article.get_translation(serbian)
    links = switcher_links(client.get(article.url).content.decode())
    assert links["Eng"] is None  # the current language is not a link

    cyrillic = client.get(links["Ћир."], follow=True)
    assert (
        cyrillic.redirect_chain[-1][0] == f"/sr/{translation.url_path.split('/', 2)[2]}"
    )
    assert cyrillic.context["page"].pk == translation.pk

    latin = client.get(links["Lat."], follow=True)
    assert latin.redirect_chain[-1][0].startswith("/sr-latn/")
    assert latin.context["page"].pk == translation.pk

    back = client.get(switcher_links(latin.content.decode())["Eng"], follow=True)
    assert back.context["page"].pk == article.pk


def test_untranslated_page_leads_to_the_home_page_that_says_so(client, english):
    about = StandardPage.objects.live().filter(locale=english).first()
    lonely = StandardPage(title="Only in English", slug="only-in-english", lead="x")
    about.get_parent().add_child(instance=lonely)
    html = client.get(lonely.url).content.decode()
    links = switcher_links(html)
    response = client.get(links["Ћир."], follow=True)
    assert response.redirect_chain[-1][0] == "/sr/?untranslated=1"
    assert "није доступна на овом језику" in response.content.decode()
    assert "only-in-english" not in alternates(html).get("sr-Cyrl", "")
    # Only English, which is also the default for readers of other languages.
    assert alternates(html) == {
        "en": "http://testserver" + lonely.url,
        "x-default": "http://testserver" + lonely.url,
    }


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_article_lists_hreflang_alternates_for_every_language(
    client, english, serbian, reading_url, language
):
    article = ArticlePage.objects.live().filter(locale=english).first()
    translation = article.get_translation(serbian)
    expected = {
        "en": "http://testserver" + reading_url(article, "en"),
        "sr-Cyrl": "http://testserver" + reading_url(translation, "sr"),
        "sr-Latn": "http://testserver" + reading_url(translation, "sr-latn"),
        "x-default": "http://testserver" + reading_url(article, "en"),
    }
    page = article if language == "en" else translation
    response = client.get(reading_url(page, language))
    assert response.status_code == 200
    assert alternates(response.content.decode()) == expected


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_the_switcher_on_the_search_page_keeps_the_search(client, language):
    from urllib.parse import parse_qs, urlsplit

    html = client.get(f"/{language}/search/", {"q": "vojska & mir"}).content.decode()
    links = [href for href in switcher_links(html).values() if href]
    assert len(links) == 2
    for href in links:
        destination = parse_qs(urlsplit(href).query)["next"][0]
        path, _, query = destination.partition("?")
        assert path.endswith("/search/")
        assert parse_qs(query) == {"q": ["vojska & mir"]}
        # The chooser takes the reader there, search and all.
        response = client.get(href)
        assert response.status_code == 302
        assert response["Location"] == destination
    # Crawlers' hreflang links carry no search.
    assert all("?" not in href for href in alternates(html).values())
