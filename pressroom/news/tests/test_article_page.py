"""Articles render in all three reading languages with their blocks and metadata."""

import re

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from pressroom.news.models import (
    ArticleKind,
    ArticlePage,
    NewsIndexPage,
    RelatedArticle,
)
from pressroom.testing import make_article, make_image, make_translation

pytestmark = pytest.mark.django_db

CYRILLIC = re.compile("[\u0400-\u04ff]")


def visible_text(html):
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style"]):
        element.decompose()
    for element in soup.select('[translate="no"]'):
        element.decompose()
    return soup.get_text(" ", strip=True)


@pytest.mark.demo
def test_every_kind_of_article_exists_in_the_demo():
    kinds = set(ArticlePage.objects.live().values_list("kind", flat=True))
    assert kinds == set(ArticleKind.values)


@pytest.mark.parametrize(
    ("language", "html_lang"), [("en", "en"), ("sr", "sr-Cyrl"), ("sr-latn", "sr-Latn")]
)
def test_article_renders_in_each_reading_language(
    client, reading_url, language, html_lang
):
    article = make_article(
        title="Ten questions to the Head of Office",
        kind=ArticleKind.INTERVIEW,
        body=[("qa", {"question": "Why Belgrade?", "answer": "<p>Partners.</p>"})],
    )
    if language != "en":
        article = make_translation(article, title="Десет питања шефу Канцеларије")
    response = client.get(reading_url(article, language))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == html_lang
    assert soup.h1.get_text(strip=True) != ""
    # an interview shows its questions and answers
    assert soup.select(".qa__question")
    assert soup.select(".qa__answer p")


def test_latin_article_is_the_cyrillic_article_in_latin_letters(client, reading_url):
    article = make_article(
        title="Почела вежба „Дрински штит“",
        language_code="sr",
        lead="Вежба почиње у долини Дрине.",
        body="Учествују јединице из Србије и Босне.",
    )
    cyrillic = client.get(reading_url(article, "sr")).content.decode()
    latin = client.get(reading_url(article, "sr-latn")).content.decode()
    assert CYRILLIC.search(visible_text(cyrillic))
    assert not CYRILLIC.search(visible_text(latin))
    cyrillic_title = BeautifulSoup(cyrillic, "html.parser").h1.get_text(strip=True)
    latin_title = BeautifulSoup(latin, "html.parser").h1.get_text(strip=True)
    assert latin_title != cyrillic_title
    assert len(latin_title) >= len(cyrillic_title)


def test_article_shows_image_captions_and_credits(client):
    picture = {"image": make_image(), "caption": "Rescuers", "credit": "Office"}
    article = make_article(body=[("image", {**picture, "alt": "Boats on a river"})])
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    figure = soup.select_one("figure.captioned-image")
    assert figure.img["alt"]
    assert figure.figcaption.get_text(strip=True)


def latest_news(language_code):
    return NewsIndexPage.objects.get(
        locale__language_code=language_code, depth=4, show_in_menus=False
    )


def test_article_has_breadcrumbs_from_home_through_the_newsroom(client):
    article = make_article(parent=latest_news("en"))
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    crumbs = [item.get_text(strip=True) for item in soup.select(".breadcrumbs li")]
    assert crumbs == ["Home", "Newsroom", "Latest news", article.title]


def test_serbian_breadcrumbs_are_in_serbian(client):
    article = make_article(parent=latest_news("sr"), title="Вежба")
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    crumbs = [item.get_text(strip=True) for item in soup.select(".breadcrumbs li")]
    assert crumbs[0] == "Почетна"


def test_draft_article_is_not_shown(client):
    article = make_article()
    url = article.url
    article.unpublish()
    assert client.get(url).status_code == 404


@pytest.mark.demo
def test_serbian_article_slugs_are_ascii_latin():
    slugs = ArticlePage.objects.filter(locale__language_code="sr").values_list(
        "slug", flat=True
    )
    assert slugs
    for slug in slugs:
        assert re.fullmatch(r"[a-z0-9-]+", slug), slug


def test_related_articles_link_to_articles_in_the_same_language(client):
    related = make_translation(make_article(), title="Вежба")
    article = make_translation(make_article(), title="Изјава", publish=False)
    article.related_links = [RelatedArticle(article=related)]
    article.save_revision().publish()
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    links = [a["href"] for a in soup.select(".related a")]
    assert links
    assert all(link.startswith("/sr/") for link in links)


def test_unknown_language_prefix_gives_not_found(client):
    response = client.get("/xx/nothing-here/", follow=True)
    assert response.status_code == 404


@pytest.mark.parametrize("prefix", ["en", "sr", "sr-latn"])
def test_unknown_page_is_not_found_in_each_language(client, prefix):
    response = client.get(f"/{prefix}/no-such-page-anywhere/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    expected = {"en": "en", "sr": "sr-Cyrl", "sr-latn": "sr-Latn"}[prefix]
    assert soup.html["lang"] == expected
    heading = soup.h1.get_text(strip=True)
    assert (
        heading
        == {
            "en": "Page not found",
            "sr": "Страница није пронађена",
            "sr-latn": "Stranica nije pronađena",
        }[prefix]
    )


def test_locales_exist_for_english_and_serbian():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"en", "sr"}
