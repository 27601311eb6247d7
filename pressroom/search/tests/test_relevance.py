"""Readers find Serbian in any script and any case of a word; best matches first.

These run unchanged on SQLite (FTS5, bm25) and PostgreSQL (tsvector,
ts_rank_cd): the terms are analysed in Python before either database sees them.
"""

import pytest

from pressroom.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_latin_query_finds_cyrillic_article(found_titles):
    titles = found_titles("vucetic", "sr")
    assert "Почела вежба „Дрински штит 2026“ са сценаријом поплава" in titles


@pytest.mark.parametrize("spelling", ["vučetić", "VUČETIĆ", "Вучетић", "вучетић"])
def test_every_script_and_spelling_finds_the_same_pages(found_titles, spelling):
    assert found_titles(spelling, "sr") == found_titles("vucetic", "sr")


@pytest.mark.parametrize("spelling", ["djordje", "đorđe", "Ђорђе", "DJORDJE"])
def test_dj_spellings_find_the_same_pages(found_titles, spelling):
    titles = found_titles(spelling, "sr")
    assert titles
    assert titles == found_titles("Ђорђе", "sr")


@pytest.mark.parametrize("form", ["Srbiji", "Srbijom", "Србије", "Србију"])
def test_inflected_form_finds_the_article(found_titles, form):
    # The statement's text says "Србија" only in other cases; its title has "Србији".
    assert "Изјава поводом поплава у западној Србији" in found_titles(form, "sr")


@pytest.mark.parametrize("form", ["Вучетића", "Вучетићу", "Вучетићем", "vucetica"])
def test_a_name_in_another_case_finds_the_pages_that_name_him(found_titles, form):
    assert set(found_titles(form, "sr")) == set(found_titles("Вучетић", "sr"))


def test_english_words_are_stemmed(found_titles):
    assert found_titles("exercises", "en") == found_titles("exercise", "en")


def test_all_words_of_the_query_must_occur(found_titles):
    both = set(found_titles("Вучетић медаља", "sr"))
    assert both
    assert both < set(found_titles("Вучетић", "sr"))


def test_a_match_in_the_title_ranks_first(found_titles):
    assert (
        found_titles("поплаве", "sr")[0] == "Изјава поводом поплава у западној Србији"
    )


def test_english_and_serbian_are_searched_apart(found_titles):
    english = set(
        ArticlePage.objects.filter(locale__language_code="en").values_list(
            "title", flat=True
        )
    )
    assert set(found_titles("Вучетић", "sr")).isdisjoint(english)
    assert set(found_titles("Vucetic", "en")) <= english


def test_nothing_found_is_an_empty_list(api):
    status, body = api("zzzxqv", "en")
    assert status == 200
    assert body["total"] == 0
    assert body["results"] == []


def test_a_name_in_the_title_in_any_case_ranks_first(found_titles):
    # The title says "Вучетићем" (instrumental); the reader types the name.
    assert found_titles("vucetic", "sr-latn")[0] == (
        "Izjava šefa Kancelarije nakon sastanka sa državnim sekretarom Vučetićem"
    )
