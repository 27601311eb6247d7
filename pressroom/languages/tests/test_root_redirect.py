"""The site root sends each reader to the language they read."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("sr-Latn-RS,sr;q=0.8,en;q=0.5", "/sr-latn/"),
        ("sr-Latn", "/sr-latn/"),
        ("sr-RS,sr;q=0.9", "/sr/"),
        ("sr-Cyrl", "/sr/"),
        ("de-DE,de;q=0.9,en;q=0.8", "/en/"),
        ("fr,sr-Latn;q=0.7", "/sr-latn/"),
        ("en-GB", "/en/"),
        ("", "/en/"),
        ("garbage;;;q=abc,,", "/en/"),
    ],
)
def test_root_follows_accept_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_prefers_the_language_cookie_over_accept_language(client):
    client.cookies["pressroom_language"] = "sr-latn"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"] == "/sr-latn/"


def test_root_ignores_an_unknown_cookie(client):
    client.cookies["pressroom_language"] = "xx"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sr")
    assert response["Location"] == "/sr/"


def test_choosing_a_language_remembers_it_for_the_root(client):
    response = client.get("/language/sr/?next=/sr/pocetna-ignored/")
    assert response.status_code == 302
    assert response["Location"] == "/sr/pocetna-ignored/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"] == "/sr/"


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/sr/",
        "/en/about/",
        "javascript:alert(1)",
    ],
)
def test_choosing_a_language_never_leaves_for_another_place(client, next_url):
    response = client.get("/language/sr/", {"next": next_url})
    assert response["Location"] == "/sr/"


def test_choosing_an_unknown_language_is_not_found(client):
    assert client.get("/language/xx/", follow=True).status_code == 404
