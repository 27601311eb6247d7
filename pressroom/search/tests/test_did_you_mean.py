"""A query that finds nothing offers a near spelling that finds something."""

import pytest
from bs4 import BeautifulSoup

from pressroom.search.suggest import edit_distance

# Search quality measured on the demo content (its articles are the corpus).
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_a_misspelled_name_gets_the_indexed_spelling(api):
    _status, body = api("Holmgrem")
    assert body["total"] == 0
    assert body["suggestion"] == "holmgren"


def test_the_readers_ending_is_kept(api):
    _status, body = api("exersises")
    assert body["suggestion"] == "exercises"


def test_a_serbian_readers_case_ending_is_kept(api):
    _status, body = api("Беогрдом", "sr")
    assert body["suggestion"] == "beogradom"


def test_a_suggestion_is_a_word_not_a_stem(api):
    # The Serbian term of "Holmgren" is "holmgr"; the reader is offered a word.
    _status, body = api("Холмгрем", "sr")
    assert body["suggestion"] == "holmgren"


def test_a_cyrillic_query_gets_a_suggestion_from_the_serbian_pages(api):
    _status, body = api("Вучетц", "sr")
    assert body["suggestion"] == "vucetic"
    _status, found = api(body["suggestion"], "sr")
    assert found["total"]


def test_every_word_of_the_query_is_respelled(api):
    _status, body = api("vucetc holmgrem", "sr-latn")
    assert body["suggestion"] == "vucetic holmgren"


def test_nothing_is_suggested_when_pages_are_found(api):
    _status, body = api("Holmgren")
    assert body["total"]
    assert body["suggestion"] == ""


def test_nothing_is_suggested_for_a_word_far_from_every_term(api):
    _status, body = api("qqqqzzz")
    assert body["suggestion"] == ""


def test_the_page_links_the_suggestion_keeping_the_filters(client):
    response = client.get("/en/search/", {"q": "Holmgrem", "kind": "speech"})
    page = BeautifulSoup(response.content, "html.parser")
    link = page.select_one(".search-results__suggestion a")
    assert link.get_text() == "holmgren"
    assert link["href"] == "?q=holmgren&kind=speech"


def test_the_suggestion_is_escaped(client):
    response = client.get("/en/search/", {"q": "Holmgrem <b>"})
    assert b"<b>" not in response.content.split(b"<main")[1]


@pytest.mark.parametrize(
    ("first", "second", "distance"),
    [("holmgren", "holmgrem", 1), ("vucetic", "vucetc", 1), ("abc", "cab", 2)],
)
def test_edit_distance(first, second, distance):
    assert edit_distance(first, second) == distance


def test_edit_distance_stops_past_the_limit():
    assert edit_distance("holmgren", "xxxxxxxx") == 3


def test_the_question_is_in_the_readers_language(client):
    response = client.get("/sr/search/", {"q": "Холмгрем"})
    page = BeautifulSoup(response.content, "html.parser")
    text = page.select_one(".search-results__suggestion").get_text()
    assert text == "Да ли сте мислили holmgren?"
