"""A page's address without a language prefix leads to the page in the
reader's language, never to a 404."""

import pytest

from pressroom.testing import make_article, make_section, newsroom, restrict

pytestmark = pytest.mark.django_db


def redirect_of(client, path, accept_language):
    response = client.get(path, headers={"Accept-Language": accept_language})
    assert response.status_code == 302
    assert "Accept-Language" in response["Vary"]
    return response["Location"]


@pytest.mark.parametrize(
    ("accept_language", "language"),
    [("sr", "sr"), ("sr-Latn-RS", "sr-latn"), ("en-GB", "en")],
)
def test_the_newsroom_without_a_prefix_goes_to_the_readers_newsroom(
    client, accept_language, language
):
    english, serbian = newsroom("en"), newsroom("sr")
    location = redirect_of(client, f"/{english.slug}/", accept_language)
    expected = {
        "en": f"/en/{english.slug}/",
        "sr": f"/sr/{serbian.slug}/",
        "sr-latn": f"/sr-latn/{serbian.slug}/",
    }[language]
    assert location == expected
    assert client.get(location).status_code == 200


def test_a_serbian_path_without_a_prefix_reaches_an_english_reader(client):
    serbian = newsroom("sr")
    location = redirect_of(client, f"/{serbian.slug}/", "en")
    assert location == f"/en/{newsroom('en').slug}/"


def test_an_untranslated_page_is_shown_in_its_own_language(client):
    section = make_section()
    article = make_article(parent=section)
    path = f"/{newsroom('en').slug}/{section.slug}/{article.slug}/"
    location = redirect_of(client, path + "?utm=x", "sr")
    assert location == f"/en{path}?utm=x"
    assert client.get(location).status_code == 200


def test_a_restricted_page_is_not_revealed(client):
    article = make_article()
    restrict(article)
    path = f"/{newsroom('en').slug}/{article.slug}/"
    location = redirect_of(client, path, "sr")
    # Left to Django: the prefixed path, which answers as the page does.
    assert location == f"/sr{path}"


def test_other_paths_keep_djangos_redirect(client):
    location = redirect_of(client, "/search/?q=mir", "sr")
    assert location == "/sr/search/?q=mir"
