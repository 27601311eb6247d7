"""The home page lists the latest press releases and statements readers may see."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from pressroom.testing import make_article, restrict

pytestmark = pytest.mark.django_db


def press_titles(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [title.get_text(strip=True) for title in soup.select(".press-list__title")]


def test_home_lists_the_latest_press_release_and_statement(client):
    release = make_article(
        title="Joint exercise announced", kind="press_release", day=date(2031, 1, 5)
    )
    statement = make_article(
        title="Statement on the visit", kind="statement", day=date(2031, 1, 4)
    )
    news = make_article(title="A news item only", kind="news", day=date(2031, 1, 6))
    titles = press_titles(client, "/en/")
    assert titles[:2] == [release.title, statement.title]
    assert news.title not in titles


def test_home_leaves_out_restricted_and_draft_releases(client):
    shown = make_article(
        title="A public release", kind="press_release", day=date(2031, 2, 1)
    )
    restricted = make_article(
        title="A restricted release", kind="press_release", day=date(2031, 2, 3)
    )
    restrict(restricted)
    draft = make_article(
        title="A draft release",
        kind="press_release",
        day=date(2031, 2, 4),
        publish=False,
    )
    titles = press_titles(client, "/en/")
    assert titles[0] == shown.title
    assert restricted.title not in titles
    assert draft.title not in titles


def test_serbian_home_lists_serbian_releases_in_both_scripts(client):
    make_article(
        title="Саопштење о вежби",
        language_code="sr",
        kind="press_release",
        day=date(2031, 3, 1),
    )
    assert press_titles(client, "/sr/")[0] == "Саопштење о вежби"
    assert press_titles(client, "/sr-latn/")[0] == "Saopštenje o vežbi"
    assert "Саопштење о вежби" not in press_titles(client, "/en/")
