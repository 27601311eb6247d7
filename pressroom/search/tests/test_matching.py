"""What readers get when no page has every word, and which page comes first."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from pressroom.news.models import ArticlePage

# Search quality measured on the demo content (its articles are the corpus).
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def add_article(title, lead, language="en", day=date(2026, 3, 1)):
    parent = (
        ArticlePage.objects.live()
        .filter(locale__language_code=language)
        .first()
        .get_parent()
    )
    page = ArticlePage(
        title=title, slug=title.lower().replace(" ", "-"), date=day, lead=lead
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_word_no_page_has_does_not_empty_the_result(api):
    _status, every = api("Holmgren")
    status, body = api("Holmgren quokkazz")
    assert status == 200
    assert body["partial"] is True
    assert {r["title"] for r in body["results"]} == {
        r["title"] for r in every["results"]
    }


def test_pages_with_every_word_are_shown_without_the_fallback(api):
    _status, body = api("Holmgren cooperation")
    assert body["total"]
    assert body["partial"] is False


def test_the_fallback_needs_half_of_the_words(api):
    _status, body = api("Holmgren quokkazz wombatzz")
    assert body["total"] == 0
    assert body["partial"] is False


def test_pages_holding_more_of_the_words_come_first(api):
    add_article("Quokka report", "Quokka wombat survey.", day=date(2025, 1, 1))
    add_article("Quokka note", "Quokka wombat sighting.", day=date(2026, 5, 1))
    # Two of four words are needed: the older page has three, the newer two.
    _status, body = api("quokka wombat survey numbatzz")
    assert [r["title"] for r in body["results"]] == ["Quokka report", "Quokka note"]


def test_rarer_words_weigh_more_among_pages_with_as_many(api):
    add_article("Rare numbat", "A numbat and a bilby.", day=date(2025, 1, 1))
    add_article("Common cooperation", "Cooperation, bilby.", day=date(2026, 5, 1))
    # Both hold two of the words; "numbat" is on one page, "cooperation" on
    # many: the numbat page first, though older.
    _status, body = api("numbat cooperation bilby quokkazz")
    assert body["results"][0]["title"] == "Rare numbat"


def test_the_notice_is_in_the_readers_language(client):
    response = client.get("/sr/search/", {"q": "Холмгрен квоказзз"})
    page = BeautifulSoup(response.content, "html.parser")
    notice = page.select_one(".search-results__partial")
    assert notice.get_text(strip=True) == (
        "Ниједна страница нема све речи; приказане су странице са највише њих."
    )
    assert page.select(".search-result")


def test_no_notice_when_every_word_is_found(client):
    response = client.get("/en/search/", {"q": "Holmgren"})
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select(".search-result")
    assert not page.select(".search-results__partial")


def test_the_title_holding_every_word_ranks_first(found_titles):
    add_article("Wombat garden", "Remarks.", day=date(2024, 1, 1))
    add_article(
        "Remarks on marsupials",
        "The wombat and the garden. " + "Wombat garden wombat garden. " * 10,
        day=date(2026, 5, 1),
    )
    assert found_titles("wombat garden")[0] == "Wombat garden"


def test_the_exact_phrase_ranks_before_scattered_words(found_titles):
    add_article(
        "Notes one",
        "The wombat sat; later, far away and much later, a garden. " * 5,
        day=date(2026, 5, 1),
    )
    add_article("Notes two", "We saw a garden of a wombat.", day=date(2024, 1, 1))
    add_article("Notes three", "A visit to the wombat garden.", day=date(2023, 1, 1))
    assert found_titles("wombat garden")[0] == "Notes three"


def test_a_phrase_with_stop_words_is_matched_as_written(found_titles):
    add_article(
        "Notes four", "Space is near; operational domain.", day=date(2026, 5, 1)
    )
    add_article("Notes five", "Space as an operational domain.", day=date(2023, 1, 1))
    assert found_titles("space as an operational domain")[0] == "Notes five"


@pytest.mark.parametrize("counted_up_to", [3, 10])
def test_the_fallback_reads_the_newest_matches_of_each_word(
    api, monkeypatch, counted_up_to
):
    """Each word's newest FALLBACK_READ matches are read, however common the
    word (3: counted past the limit; 10: not), with its title matches."""
    from pressroom.search import query

    monkeypatch.setattr(query, "EXACT_TOTAL_LIMIT", counted_up_to)
    monkeypatch.setattr(query, "FALLBACK_READ", 2)
    add_article("Old wombat", "A wombat and a bilby.", day=date(2020, 1, 1))
    add_article("Field note", "A wombat and a bilby.", day=date(2026, 3, 1))
    add_article("Wombat census", "A bilby too.", day=date(2026, 4, 1))
    add_article("Later note", "A wombat alone.", day=date(2026, 5, 1))

    _status, body = api("wombat bilby quokkazz")

    assert body["partial"] is True
    # The newest two of each word: wombat (Later note, Wombat census) and
    # bilby (Wombat census, Field note); only Wombat census holds two words.
    assert [r["title"] for r in body["results"]] == ["Wombat census"]
