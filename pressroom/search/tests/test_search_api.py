"""/api/search answers JSON in the requested language and script, never a 500."""

from datetime import date

from django.test import Client

import pytest

from pressroom.ratelimits import limits as ratelimit
from pressroom.search import query
from pressroom.testing import data_for_each_module, make_article, make_content_page

pytestmark = pytest.mark.django_db

SITE = "https://press.example.org"


def make_pages():
    """Articles of two kinds and years in English, one in Serbian naming
    Vučetić, and a content page."""
    make_article(
        title="Drina Shield exercise opens",
        lead="The exercise starts in the Drina valley.",
        day=date(2026, 3, 2),
    )
    make_article(
        title="Trust is built one step at a time",
        kind="speech",
        lead="The Head of Office spoke about the exercise and the partnership.",
        day=date(2025, 9, 12),
    )
    make_article(
        title="Почела вежба „Дрински штит“",
        language_code="sr",
        lead="Државни секретар Вучетић отворио је вежбу у долини Дрине.",
        day=date(2026, 3, 2),
    )
    make_content_page(
        title="Partnership with Serbia", lead="The partnership explained."
    )


pages = data_for_each_module(make_pages)


def test_answer_has_the_documented_shape(api, settings):
    settings.SITE_URL = SITE
    status, body = api("exercise", "en")
    assert status == 200
    assert set(body) == {
        "query",
        "total",
        "total_is_lower_bound",
        "partial",
        "suggestion",
        "page",
        "results",
    }
    assert body["query"] == "exercise"
    assert body["page"] == 1
    assert body["total"] >= len(body["results"]) > 0
    for result in body["results"]:
        assert set(result) == {"title", "url", "date", "kind", "language", "snippet"}
        assert result["language"] == "en"
        assert result["url"].startswith(f"{SITE}/en/")
        date.fromisoformat(result["date"])


def test_result_links_lead_to_the_page(api, client):
    _status, body = api("vucetic", "sr-latn")
    response = client.get(body["results"][0]["url"])
    assert response.status_code == 200


def test_latin_reader_gets_latin_titles_and_snippets(api, settings):
    settings.SITE_URL = SITE
    _status, body = api("Вучетић", "sr-latn")
    assert body["results"]
    for result in body["results"]:
        assert result["url"].startswith(f"{SITE}/sr-latn/")
        text = result["title"] + result["snippet"]
        assert not any("\u0400" <= ch <= "\u04ff" for ch in text)
    assert any("<mark>Vučetić" in result["snippet"] for result in body["results"])


def test_cyrillic_reader_gets_cyrillic_even_with_a_latin_cookie(client):
    client.cookies["pressroom_language"] = "sr-latn"
    body = client.get("/api/search", {"q": "vucetic", "lang": "sr"}).json()
    assert "<mark>Вучетић" in " ".join(result["snippet"] for result in body["results"])


def test_snippets_are_escaped_and_mark_the_matches(api):
    _status, body = api("<b>vucetic</b>", "sr")
    assert body["results"]
    for result in body["results"]:
        assert "<b>" not in result["snippet"]
        assert "<mark>" in result["snippet"]


def test_filters_by_kind_and_year(api):
    _status, speeches = api("the", "en", kind="speech")
    assert speeches["results"]
    assert {result["kind"] for result in speeches["results"]} == {"speech"}
    _status, old = api("the", "en", year="2025")
    assert {result["date"][:4] for result in old["results"]} == {"2025"}


def test_content_pages_have_the_kind_page(api):
    _status, body = api("partnership", "en", kind="page")
    assert body["results"]
    assert {result["kind"] for result in body["results"]} == {"page"}


def test_pages_of_results_do_not_overlap(api, more_articles):
    more_articles(10)
    _status, first = api("exercise", "en")
    _status, second = api("exercise", "en", page="2")
    assert first["total"] == second["total"] > 10
    assert second["page"] == 2
    first_urls = {result["url"] for result in first["results"]}
    assert first_urls.isdisjoint(result["url"] for result in second["results"])


def test_a_page_past_the_end_is_empty_with_the_total(api):
    _status, body = api("exercise", "en", page="99")
    assert body["results"] == []
    assert body["total"] > 0


def urls(body):
    return [result["url"] for result in body["results"]]


def test_counting_stops_at_its_limit_and_says_so(api, more_articles, monkeypatch):
    more_articles(7)  # seven more articles in each language match "exercise"
    _status, exact = api("exercise", "en")
    assert exact["total"] >= 7
    assert exact["total_is_lower_bound"] is False
    monkeypatch.setattr(query, "EXACT_TOTAL_LIMIT", 5)
    _status, capped = api("exercise", "en")
    assert capped["total"] == 5
    assert capped["total_is_lower_bound"] is True
    assert urls(capped) == urls(exact)
    monkeypatch.setattr(query, "EXACT_TOTAL_LIMIT", exact["total"])
    _status, at_limit = api("exercise", "en")
    assert at_limit["total"] == exact["total"]
    assert at_limit["total_is_lower_bound"] is False


@pytest.mark.parametrize("window", [1, 2])
def test_a_stopped_count_finds_the_same_newest_matches(
    api, more_articles, monkeypatch, window
):
    # With a window of one or two, "exercise" is a common word: on
    # PostgreSQL a stopped count has its newest year read first.
    more_articles(7)
    monkeypatch.setattr(query, "RANKING_WINDOW", window)
    _status, exact = api("exercise", "en")
    monkeypatch.setattr(query, "EXACT_TOTAL_LIMIT", 5)
    _status, capped = api("exercise", "en")
    assert capped["total_is_lower_bound"] is True
    assert len(urls(capped)) == window
    assert urls(capped) == urls(exact)


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {},
        {"q": "vucetic", "kind": ""},
        {"q": "vucetic", "year": ""},
        {"q": "vucetic", "page": " 2"},
        {"q": "vucetic", "lang": "de"},
        {"q": "vucetic", "kind": "<script>"},
        {"q": "vucetic", "year": "abc"},
        {"q": "vucetic", "year": "٢٠٢٦"},
        {"q": "vucetic", "year": "9" * 5000},
        {"q": "vucetic", "page": "-1"},
        {"q": "vucetic", "page": "0"},
        {"q": "vucetic", "page": "x' OR 1=1 --"},
        {"q": "vucetic", "page": "1000000"},
    ],
)
def test_bad_parameters_get_a_400_with_a_message(client, params):
    response = client.get("/api/search", {"lang": "sr", **params})
    assert response.status_code == 400
    assert response.json()["error"]


@pytest.mark.parametrize(
    "query",
    [
        "vucetic " * 1000,
        'exercise AND OR NOT NEAR(a b, 2) "unbalanced',
        "title:exercise ^exercise exer* (exercise)",
        "'; DROP TABLE search_searchentry; --",
        "exercise\x00\x07\x1b[31m\u202e",
        "NEAR",
        "x" * 5000,
    ],
)
def test_fts_syntax_is_treated_as_words(api, query):
    status, body = api(query, "en")
    assert status == 200, body
    assert isinstance(body["results"], list)


def test_operators_are_searched_as_words(found_titles):
    assert found_titles('"exercise" AND', "en") == found_titles("exercise and", "en")


def test_serbian_error_messages_follow_the_script(client):
    latin = client.get("/api/search", {"q": "", "lang": "sr-latn"}).json()["error"]
    cyrillic = client.get("/api/search", {"q": "", "lang": "sr"}).json()["error"]
    assert latin != cyrillic
    assert any("\u0400" <= ch <= "\u04ff" for ch in cyrillic)
    assert latin.isascii() or not any("\u0400" <= ch <= "\u04ff" for ch in latin)


def test_too_many_searches_get_a_429_in_the_readers_language(
    client, settings, monkeypatch
):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 2
    monkeypatch.setattr(ratelimit, "now", lambda: 1_000_000.0)  # one window
    params = {"q": "vucetic", "lang": "sr"}
    statuses = [client.get("/api/search", params).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    response = client.get("/api/search", params)
    assert response.status_code == 429
    assert any("\u0400" <= ch <= "\u04ff" for ch in response.json()["error"])


def test_the_limit_is_per_client(client, settings, monkeypatch):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 1
    monkeypatch.setattr(ratelimit, "now", lambda: 1_000_000.0)
    params = {"q": "vucetic", "lang": "en"}
    assert client.get("/api/search", params).status_code == 200
    assert client.get("/api/search", params).status_code == 429
    other = client.get("/api/search", params, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


def test_the_count_starts_again_in_the_next_minute(client, settings, monkeypatch):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 1
    params = {"q": "vucetic", "lang": "en"}
    monkeypatch.setattr(ratelimit, "now", lambda: 1_000_000.0)
    assert client.get("/api/search", params).status_code == 200
    assert client.get("/api/search", params).status_code == 429
    monkeypatch.setattr(ratelimit, "now", lambda: 1_000_000.0 + 60)
    assert client.get("/api/search", params).status_code == 200


def test_a_429_says_when_to_try_again(client, settings, monkeypatch):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 1
    monkeypatch.setattr(ratelimit, "now", lambda: 1_000_000.0 + 15)
    params = {"q": "vucetic", "lang": "en"}
    client.get("/api/search", params)
    response = client.get("/api/search", params)
    assert response.status_code == 429
    # 1,000,015 is 55 s into a window of 60 s (1,000,020 starts one).
    assert response["Retry-After"] == "5"
    page = client.get("/en/search/", params)
    client.get("/en/search/", params)
    page = client.get("/en/search/", params)
    assert page.status_code == 429
    assert page["Retry-After"] == "5"


def test_the_page_and_the_api_count_apart(client, settings, monkeypatch):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 1
    monkeypatch.setattr(ratelimit, "now", lambda: 1_000_000.0)
    params = {"q": "vucetic", "lang": "en"}
    assert client.get("/api/search", params).status_code == 200
    assert client.get("/api/search", params).status_code == 429
    assert client.get("/en/search/", params).status_code == 200
    assert client.get("/en/search/", params).status_code == 429


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_other_methods_get_a_json_405(method):
    client = Client(enforce_csrf_checks=True)
    response = getattr(client, method)("/api/search?q=vucetic&lang=sr")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"] == "Овде је дозвољен само GET."


@pytest.mark.parametrize("query", ["   ", "*** ((( ^^^", "\x01", '""', "* ^ :"])
def test_a_query_without_a_word_finds_nothing(client, query):
    """As the OpenAPI document says: only an empty q is refused."""
    response = client.get("/api/search", {"q": query, "lang": "sr"})

    assert response.status_code == 200
    assert response.json()["total"] == 0
    assert response.json()["results"] == []
