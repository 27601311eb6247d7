"""The search page in each reading language, and the search box in every header."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from pressroom.ratelimits import limits as ratelimit
from pressroom.search import query
from pressroom.testing import data_for_each_module, make_article, publish_more_articles

pytestmark = pytest.mark.django_db


def make_pages():
    """Three exercise reports in each language, three Serbian articles naming
    Vučetić, an English one about a medal."""
    publish_more_articles(3, first=100)
    for number in range(3):
        make_article(
            title=f"Вучетић у посети јединици {number}",
            language_code="sr",
            lead="Државни секретар Вучетић обишао је јединицу.",
        )
    make_article(title="Medal for a rescuer", lead="A medal was awarded.")


pages = data_for_each_module(make_pages)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def result_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".search-result a")]


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_every_page_has_a_search_box_that_works_without_javascript(client, language):
    page = soup(client.get(f"/{language}/"))
    form = page.select_one("header form[role=search]")
    assert form["method"] == "get"
    assert form["action"] == f"/{language}/search/"
    field = form.select_one("input[type=search][name=q]")
    assert page.select_one(f"label[for={field['id']}]").get_text(strip=True)
    assert form.select_one("button[type=submit]")


def test_the_search_box_is_labelled_in_the_readers_language(client):
    label = soup(client.get("/sr/")).select_one("header form[role=search] label")
    assert label.get_text(strip=True) == "Претражите садржај"


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_search_page_without_a_query_shows_the_form(client, language):
    response = client.get(f"/{language}/search/")
    assert response.status_code == 200
    assert soup(response).select_one("main form[role=search]")
    assert not result_titles(response)


def test_latin_reader_sees_latin_results(client):
    response = client.get("/sr-latn/search/", {"q": "Вучетић"})
    titles = result_titles(response)
    assert "Vučetić u poseti jedinici 0" in titles
    marks = [mark.get_text() for mark in soup(response).select(".search-result mark")]
    assert "Vučetić" in marks


def test_cyrillic_reader_sees_cyrillic_results(client):
    titles = result_titles(client.get("/sr/search/", {"q": "vucetic"}))
    assert "Вучетић у посети јединици 0" in titles


def test_english_results_link_to_english_pages(client):
    response = client.get("/en/search/", {"q": "exercise"})
    links = [a["href"] for a in soup(response).select(".search-result a")]
    assert links
    assert all(link.startswith("/en/") for link in links)


@pytest.mark.parametrize(
    ("language", "q", "expected"),
    [
        ("en", "exercise", "Only the most recent results (2) are sorted by relevance."),
        ("sr", "vucetic", "По релевантности су поређани само најновији резултати (2)."),
        (
            "sr-latn",
            "vucetic",
            "Po relevantnosti su poređani samo najnoviji rezultati (2).",
        ),
    ],
)
def test_a_reader_is_told_when_only_the_newest_results_are_ranked(
    client, monkeypatch, language, q, expected
):
    monkeypatch.setattr(query, "RANKING_WINDOW", 2)
    response = client.get(f"/{language}/search/", {"q": q})
    note = soup(response).select_one(".search-results__window")
    assert expected in note.get_text(strip=True)
    assert len(result_titles(response)) == 2
    monkeypatch.setattr(query, "RANKING_WINDOW", 1000)
    response = client.get(f"/{language}/search/", {"q": q})
    assert soup(response).select_one(".search-results__window") is None


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "More than 5 results for “exercise”"),
        ("sr", "Више од 5 резултата за „exercise“"),
        ("sr-latn", "Više od 5 rezultata za „exercise“"),
    ],
)
def test_a_reader_is_told_when_counting_stopped(
    client, more_articles, monkeypatch, language, expected
):
    more_articles(7)
    monkeypatch.setattr(query, "EXACT_TOTAL_LIMIT", 5)
    response = client.get(f"/{language}/search/", {"q": "exercise"})
    count = soup(response).select_one(".search-results__count")
    assert count.get_text(strip=True) == expected
    monkeypatch.setattr(query, "EXACT_TOTAL_LIMIT", 10_000)
    response = client.get(f"/{language}/search/", {"q": "exercise"})
    count = soup(response).select_one(".search-results__count")
    assert not count.get_text(strip=True).startswith(expected[:8])


def test_nothing_found_says_so(client):
    response = client.get("/en/search/", {"q": "zzzxqv"})
    assert response.status_code == 200
    assert "Nothing matches" in soup(response).select_one("main").get_text()


def test_query_count_does_not_grow_with_the_results(client, more_articles):
    more_articles(10)

    def queries(q):
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/en/search/", {"q": q})
        return len(result_titles(response)), len(captured.captured_queries)

    queries("medal")  # the first request fills per-process caches (site, locales)
    few, few_queries = queries("medal")
    many, many_queries = queries("the")
    assert few < many == 10
    assert many_queries == few_queries


def test_pagination_links_keep_the_query(client, more_articles):
    more_articles(10)
    page = soup(client.get("/en/search/", {"q": "the"}))
    next_link = page.select_one("a[rel=next]")["href"]
    assert "q=the" in next_link and "page=2" in next_link


@pytest.mark.parametrize(
    "params", [{"page": "abc"}, {"year": "99999999"}, {"kind": "'--"}]
)
def test_bad_filters_get_a_400_page_with_a_message(client, params):
    response = client.get("/en/search/", {"q": "exercise", **params})
    assert response.status_code == 400
    assert soup(response).select_one("main [role=alert]").get_text(strip=True)


def test_a_5000_character_query_is_a_normal_page(client):
    response = client.get("/sr/search/", {"q": "Србија " * 700})
    assert response.status_code == 200


def test_too_many_searches_get_a_429_page_in_the_readers_script(
    client, settings, monkeypatch
):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 1
    monkeypatch.setattr(ratelimit, "now", lambda: 1_000_000.0)
    assert client.get("/sr-latn/search/", {"q": "vucetic"}).status_code == 200
    response = client.get("/sr-latn/search/", {"q": "vucetic"})
    assert response.status_code == 429
    message = soup(response).select_one("main [role=alert]").get_text(strip=True)
    assert message.startswith("Mnogo ste pretraživali")


# Measured with the demo content; a change that adds queries must say why in
# its commit. The content version, the menu, the footer's media desk link
# (the locale and the inquiry pages), the results with their count (one more
# on PostgreSQL, which counts the matches before it reads a page of them),
# the logo and the privacy notice.
SEARCH_QUERIES = 15


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_search_query_count_does_not_grow_with_the_articles(
    queries_to_serve, more_articles, language
):
    url = f"/{language}/search/?q=exercise"
    more_articles(1)  # something to find in every language
    before = queries_to_serve(url)
    more_articles(12, first=1)
    assert before <= SEARCH_QUERIES
    # twelve more articles match "exercise"; the page still shows ten
    assert queries_to_serve(url) == before
    assert queries_to_serve(url + "&page=2") == before


def test_a_search_served_again_does_not_look_up_the_site(client):
    """The header asks for the request's site; it is kept per content version
    (home.views.site_for_request), as for pages, not read on every search."""
    client.get("/en/search/", {"q": "wombat"})
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/sr/search/", {"q": "вомбат"})
    assert response.status_code == 200
    read = [query["sql"] for query in captured.captured_queries]
    assert read
    assert not [sql for sql in read if '"wagtailcore_site"' in sql], read
