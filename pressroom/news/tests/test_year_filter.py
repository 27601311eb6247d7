"""A year with nothing in it says so; a year that is not a number is explained."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from pressroom.testing import make_article, make_section, url_in_reading_language

pytestmark = pytest.mark.django_db


def notice_and_cards(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    notice = soup.select_one("main .filters__notice")
    return (notice.get_text(strip=True) if notice else None), soup.select(".card")


@pytest.fixture
def section():
    section = make_section()
    make_article(parent=section, day=date(2026, 5, 1))
    return section


def test_a_year_without_articles_says_there_is_nothing_from_it(client, section):
    notice, cards = notice_and_cards(client.get(section.url, {"year": "1999"}))
    assert notice == "There is nothing from 1999."
    assert cards == []


def test_the_notice_is_in_the_readers_language(client):
    section = make_section(language_code="sr")
    make_article(parent=section, language_code="sr", day=date(2026, 5, 1))
    url = url_in_reading_language(section, "sr-latn")
    notice, cards = notice_and_cards(client.get(url, {"year": "1999"}))
    assert notice == "Iz 1999. godine nema ničega."
    assert cards == []


@pytest.mark.parametrize("year", ["abc", "0", "٢٠٢٦", "9" * 5000, "<b>x</b>"])
def test_a_year_that_is_no_number_is_explained_and_every_year_shown(
    client, section, year
):
    response = client.get(section.url, {"year": year})
    notice, cards = notice_and_cards(response)
    assert notice.endswith("is not a year, so articles of every year are shown.")
    assert len(cards) == 1
    assert b"<b>x</b>" not in response.content


def test_a_year_with_articles_shows_no_notice(client, section):
    notice, cards = notice_and_cards(client.get(section.url, {"year": "2026"}))
    assert notice is None
    assert len(cards) == 1
