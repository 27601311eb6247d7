"""What HTTP clients check on the feeds, the sitemap and the APIs: JSON
errors, methods, links on the site's address, validators and 304s, and the
content's language."""

import json

from django.test import Client

import pytest

from pressroom.testing import make_article

pytestmark = pytest.mark.django_db

SITE = "https://press.example.org"


@pytest.fixture
def article(db):
    return make_article(title="Drina Shield exercise")


@pytest.fixture
def serbian_article(db):
    return make_article(language_code="sr", title="Вежба Дрински штит")


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/pages/-1/",
        "/api/v2/abc/",
        "/api/v2/images/false/",
        "/api/nothing",
        "/api/v2/",
        "/api/search/",
    ],
)
def test_unknown_api_addresses_answer_a_json_404_in_place(path):
    # Accept-Language would otherwise send the client to /sr/api/….
    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="sr")
    for method in (client.get, client.post):
        response = method(path)

        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert response.json()["message"]


def test_an_api_address_without_its_slash_redirects_to_it(client):
    response = client.get("/api/v2/pages?limit=1")

    assert response.status_code == 301
    assert response["Location"] == "/api/v2/pages/?limit=1"


@pytest.mark.parametrize(
    "path", ["/api/v2/pages/", "/api/v2/images/", "/api/openapi.json"]
)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_other_methods_get_a_json_405(path, method):
    client = Client(enforce_csrf_checks=True)
    response = getattr(client, method)(path)

    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert "GET" in response["Allow"]
    assert json.loads(response.content)


def test_an_unknown_locale_is_a_documented_400(client):
    response = client.get("/api/v2/pages/", {"locale": "de"})

    assert response.status_code == 400
    assert "locale" in response.json()["message"]


@pytest.mark.parametrize("name", ["child_of", "descendant_of", "translation_of"])
@pytest.mark.parametrize("value", ["0", "2147483648", "99999999999999999999"])
def test_a_filter_naming_no_public_page_is_a_404(client, name, value):
    response = client.get("/api/v2/pages/", {name: value})

    assert response.status_code == 404
    assert name in response.json()["message"]


def test_a_filter_naming_a_draft_is_a_404(client):
    draft = make_article(publish=False)

    response = client.get("/api/v2/pages/", {"translation_of": draft.pk})

    assert response.status_code == 404


def test_filters_combine(client, article):
    newsroom = article.get_parent()
    response = client.get(
        "/api/v2/pages/",
        {"child_of": newsroom.pk, "descendant_of": newsroom.get_parent().pk},
    )

    assert response.status_code == 200
    assert article.pk in {item["id"] for item in response.json()["items"]}


def test_random_order_pages_through_too(client, article):
    response = client.get("/api/v2/pages/", {"order": "random", "offset": "1"})

    assert response.status_code == 200


def test_links_in_answers_are_on_the_sites_address(client, settings, article):
    settings.SITE_URL = SITE  # the one setting the links derive from

    listing = client.get("/api/v2/pages/", {"type": "news.ArticlePage"}).json()
    detail = client.get(f"/api/v2/pages/{article.pk}/").json()

    item = next(item for item in listing["items"] if item["id"] == article.pk)
    for meta in (item["meta"], detail["meta"], detail["meta"]["parent"]["meta"]):
        assert meta["detail_url"].startswith(f"{SITE}/api/v2/pages/")
        assert meta["html_url"].startswith(f"{SITE}/en/")
    assert detail["meta"]["html_url"] == f"{SITE}{article.url}"
    found = client.get("/api/search", {"q": "Drina", "lang": "en"}).json()
    assert found["results"]
    assert all(result["url"].startswith(f"{SITE}/") for result in found["results"])


def test_the_api_links_follow_site_url():
    from django.conf import settings

    assert (settings.SITE_URL or None) == settings.WAGTAILAPI_BASE_URL


# Conditional requests --------------------------------------------------

VALIDATED = [
    "/en/feeds/rss.xml",
    "/sr/feeds/atom.xml",
    "/sr-latn/feeds/rss.xml",
    "/en/feeds/press-release/rss.xml",
    "/sitemap.xml",
    "/api/v2/pages/?type=news.ArticlePage&fields=*",
    "/api/v2/pages/?script=latin",
    "/api/v2/images/",
]


@pytest.mark.parametrize("url", VALIDATED)
def test_a_client_holding_the_answer_gets_a_304_until_content_changes(
    client, article, url
):
    first = client.get(url)
    assert first.status_code == 200
    # Every cache asks again before reusing it.
    cache_control = first["Cache-Control"]
    assert "no-cache" in cache_control or "max-age=0, must-revalidate" in cache_control
    etag, modified = first["ETag"], first["Last-Modified"]

    by_etag = client.get(url, HTTP_IF_NONE_MATCH=etag)
    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=modified)
    assert by_etag.status_code == by_date.status_code == 304
    assert by_etag.content == b""
    assert by_etag["ETag"] == etag

    make_article(title="A change readers see")  # the next request is fresh
    after = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert after.status_code == 200
    assert after["ETag"] != etag


def test_a_feeds_last_modified_moves_when_an_article_is_unpublished(client, article):
    first = client.get("/en/feeds/rss.xml")
    # Its newest article is older than the unpublishing: Django's own
    # Last-Modified (the newest entry's date) would stay, and so the 304.
    article.unpublish()
    after = client.get("/en/feeds/rss.xml", HTTP_IF_NONE_MATCH=first["ETag"])

    assert after.status_code == 200
    assert article.title not in after.content.decode()


def test_an_api_answer_in_html_has_its_own_etag(client, article):
    url = "/api/v2/pages/"
    as_json = client.get(url, HTTP_ACCEPT="application/json")
    as_html = client.get(url, HTTP_ACCEPT="text/html")

    assert as_json["ETag"] != as_html["ETag"]


# Content-Language ------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "language"),
    [
        ("?locale=en", "en"),
        ("?locale=sr", "sr-Cyrl"),
        ("?locale=sr&script=latin", "sr-Latn"),
        ("", "en, sr-Cyrl"),
        ("?locale=xx", "en"),  # the error's message
    ],
)
def test_the_api_names_the_contents_language_not_the_readers(
    client, article, serbian_article, query, language
):
    response = client.get(f"/api/v2/pages/{query}", HTTP_ACCEPT_LANGUAGE="sr")

    assert response["Content-Language"] == language


def test_a_pages_detail_names_its_language(client, article, serbian_article):
    english = client.get(f"/api/v2/pages/{article.pk}/", HTTP_ACCEPT_LANGUAGE="sr")
    serbian = client.get(f"/api/v2/pages/{serbian_article.pk}/")
    latin = client.get(f"/api/v2/pages/{serbian_article.pk}/?script=latin")

    assert english["Content-Language"] == "en"
    assert serbian["Content-Language"] == "sr-Cyrl"
    assert latin["Content-Language"] == "sr-Latn"


def test_the_sitemap_names_every_reading_language(client):
    response = client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="sr")

    assert response["Content-Language"] == "en, sr-Latn, sr-Cyrl"


def test_a_feed_kept_by_the_page_cache_answers_if_modified_since(
    client, settings, article
):
    settings.PAGE_CACHE_SECONDS = 60
    settings.SITE_URL = "http://testserver"  # the site's own host
    url = "/en/feeds/rss.xml"
    first = client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"

    again = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert again.status_code == 304
