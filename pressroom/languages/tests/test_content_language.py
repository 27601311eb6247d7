"""Content-Language says the page's language as <html lang> does, whatever
the reader's browser asks for."""

import re

import pytest

from pressroom.testing import make_article, url_in_reading_language

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "tag"), [("en", "en"), ("sr", "sr-Cyrl"), ("sr-latn", "sr-Latn")]
)
@pytest.mark.parametrize("accept", ["sr", "en", "de"])
def test_a_page_names_its_own_language(client, language, tag, accept):
    article = make_article(language_code=language[:2])
    url = url_in_reading_language(article, language)

    response = client.get(url, HTTP_ACCEPT_LANGUAGE=accept)

    assert response.status_code == 200
    assert response["Content-Language"] == tag
    html_lang = re.search(r'<html lang="([^"]+)"', response.content.decode())
    assert html_lang.group(1) == tag


@pytest.mark.parametrize(
    ("path", "tag"), [("/en/feeds/rss.xml", "en"), ("/sr/feeds/rss.xml", "sr-Cyrl")]
)
def test_a_feed_names_its_language(client, path, tag):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="sr-Latn")

    assert response["Content-Language"] == tag
