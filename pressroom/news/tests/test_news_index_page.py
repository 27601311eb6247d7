"""The newsroom lists articles newest first, filtered by kind, year and topic."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from pressroom.news.models import ARTICLES_PER_PAGE, ArticleKind, NewsIndexPage
from pressroom.testing import data_for_each_module, make_article, make_translation

pytestmark = pytest.mark.django_db


def make_articles():
    """More articles than a page shows, of two kinds and two years; the
    first ones also in Serbian."""
    made = []
    for number in range(ARTICLES_PER_PAGE + 2):
        kind = ArticleKind.SPEECH if number % 4 == 0 else ArticleKind.NEWS
        made.append(
            make_article(
                title=f"Report {number}",
                kind=kind,
                day=date(2025 + number % 2, 1 + number % 12, 1 + number),
            )
        )
    for article in made[:2]:
        make_translation(article, title=f"Извештај {article.pk}")
    return made


articles = data_for_each_module(make_articles)


def newsroom(language="en"):
    return (
        NewsIndexPage.objects.live()
        .filter(locale__language_code=language, depth=3)
        .first()
    )


def listed_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(strip=True) for title in soup.select(".card__title")]


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_newsroom_renders_in_each_language(client, reading_url, language):
    index = newsroom("en" if language == "en" else "sr")
    response = client.get(reading_url(index, language))
    assert response.status_code == 200
    assert listed_titles(response)


def test_newsroom_lists_newest_first(client):
    response = client.get(newsroom().url)
    dates = [article.date for article in response.context["articles"]]
    assert dates == sorted(dates, reverse=True)


def test_newsroom_filters_by_kind(client, articles):
    response = client.get(newsroom().url, {"kind": ArticleKind.SPEECH})
    expected = {a.title for a in articles if a.kind == ArticleKind.SPEECH}
    assert expected
    assert set(listed_titles(response)) == expected


def test_newsroom_filters_by_year(client, articles):
    year = 2025
    response = client.get(newsroom().url, {"year": year})
    assert response.context["articles"]
    assert all(article.date.year == year for article in response.context["articles"])


def test_newsroom_paginates(client):
    response = client.get(newsroom().url, {"page": 2})
    first = client.get(newsroom().url)
    assert response.status_code == 200
    assert set(listed_titles(response)).isdisjoint(listed_titles(first))
    assert 'rel="next"' in first.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"kind": "nonsense"},
        {"year": "abc"},
        {"year": "9" * 5000},
        {"year": "٢٠٢٦"},
        {"page": "-1"},
        {"page": "999999"},
        {"page": "x' OR 1=1 --"},
        {"topic": "<script>alert(1)</script>"},
    ],
)
def test_newsroom_survives_bad_filters(client, query):
    response = client.get(newsroom().url, query)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
