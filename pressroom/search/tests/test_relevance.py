"""Readers find Serbian in any script and any case of a word; best matches first.

These run unchanged on SQLite (FTS5) and PostgreSQL (tsvector): the terms are
analysed in Python before either database sees them.
"""

from datetime import date

import pytest

from pressroom.news.models import ArticlePage
from pressroom.search import query

# Search quality measured on the demo content (its articles are the corpus).
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


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


def _publish_article(parent, title, day, slug):
    page = ArticlePage(title=title, slug=slug, date=day, lead="Quokkas were counted.")
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_common_word_ranks_the_newest_matches_and_counts_them_all(
    found_titles, api, monkeypatch
):
    """Beyond the window, older matches are counted but not ranked or shown."""
    parent = ArticlePage.objects.live().filter(locale__language_code="en").first()
    parent = parent.get_parent()
    _publish_article(parent, "Quokka census", date(2019, 5, 1), "quokka-old")
    _publish_article(parent, "Island survey", date(2026, 3, 1), "island-survey")
    _publish_article(parent, "Ferry timetable", date(2026, 4, 1), "ferry-timetable")
    # The old article names the word in its title: it ranks first when all
    # three are ranked...
    assert found_titles("quokka")[0] == "Quokka census"
    # ...and when only the newest two are, the total still counts three.
    monkeypatch.setattr(query, "RANKING_WINDOW", 2)
    status, body = api("quokka")
    assert status == 200
    assert body["total"] == 3
    assert [result["title"] for result in body["results"]] == [
        "Ferry timetable",
        "Island survey",
    ]


def test_the_window_applies_after_the_filters(found_titles, monkeypatch):
    parent = ArticlePage.objects.live().filter(locale__language_code="en").first()
    parent = parent.get_parent()
    _publish_article(parent, "Quokka census", date(2019, 5, 1), "quokka-old")
    _publish_article(parent, "Island survey", date(2026, 3, 1), "island-survey")
    monkeypatch.setattr(query, "RANKING_WINDOW", 1)
    assert found_titles("quokka", year="2019") == ["Quokka census"]
    assert found_titles("quokka", kind="news") == ["Island survey"]


def test_the_kind_of_an_article_is_not_a_word_of_it(found_titles, api):
    parent = ArticlePage.objects.live().filter(locale__language_code="en").first()
    page = ArticlePage(
        title="Quokka address",
        slug="quokka-address",
        date=date(2026, 3, 1),
        lead="Remarks on marsupials.",
        kind="speech",
    )
    parent.get_parent().add_child(instance=page)
    page.save_revision().publish()
    assert found_titles("quokka", kind="speech") == ["Quokka address"]
    # "speech" is not a word of the page: it is found for "quokka" alone.
    _status, body = api("speech quokka")
    assert body["partial"] is True
    assert "Quokka address" not in found_titles("kind_speech")


def _publish_quokka_counts(years):
    """One article about quokkas a year of ``years``, each in its own month."""
    parent = ArticlePage.objects.live().filter(locale__language_code="en").first()
    parent = parent.get_parent()
    for number, year in enumerate(years):
        day = date(year, 1 + number, 1)
        _publish_article(parent, f"Quokka count {day}", day, f"quokka-{number}")


@pytest.mark.parametrize(
    "years",
    [
        # Most matches are recent: the newest two are among this year's.
        [2013] + [2026] * 9,
        # One recent match, the rest years ago: the newest two span them.
        [2026] + [2013, 2014, 2015, 2016, 2017, 2017, 2017, 2017, 2017],
    ],
)
def test_the_window_holds_the_newest_matches_however_they_spread_over_the_years(
    api, monkeypatch, years
):
    _publish_quokka_counts(years)
    monkeypatch.setattr(query, "RANKING_WINDOW", 2)
    status, body = api("quokka")
    assert status == 200
    assert body["total"] == 10
    newest = sorted(date(year, 1 + n, 1) for n, year in enumerate(years))[-2:]
    # Equal matches: the newer ranks first.
    assert [result["date"] for result in body["results"]] == [
        day.isoformat() for day in reversed(newest)
    ]


def test_ranking_follows_an_edited_article(found_titles):
    """The edited title and date count at once (on PostgreSQL they are ranked
    from a copy of the entry's terms, kept in step by a trigger)."""
    parent = ArticlePage.objects.live().filter(locale__language_code="en").first()
    parent = parent.get_parent()
    survey = _publish_article(parent, "Island survey", date(2026, 3, 1), "survey")
    _publish_article(parent, "Ferry timetable", date(2026, 4, 1), "ferry-timetable")
    # Equal matches: the newer first.
    assert found_titles("quokka") == ["Ferry timetable", "Island survey"]
    survey.title = "Quokka survey"
    survey.date = date(2026, 2, 1)
    survey.save_revision().publish()
    assert found_titles("quokka") == ["Quokka survey", "Ferry timetable"]


@pytest.mark.parametrize(
    "years",
    [
        # The newest year holds the window; the newest two do; neither does.
        [2013] + [2026] * 9,
        [2026, 2025] + [2013] * 8,
        [2026] + [2013, 2014, 2015, 2016, 2017, 2017, 2017, 2017, 2017],
    ],
)
def test_the_window_holds_the_newest_matches_when_the_count_stops(
    api, monkeypatch, years
):
    _publish_quokka_counts(years)
    monkeypatch.setattr(query, "RANKING_WINDOW", 2)
    monkeypatch.setattr(query, "EXACT_TOTAL_LIMIT", 9)
    status, body = api("quokka")
    assert status == 200
    assert (body["total"], body["total_is_lower_bound"]) == (9, True)
    newest = sorted(date(year, 1 + n, 1) for n, year in enumerate(years))[-2:]
    assert [result["date"] for result in body["results"]] == [
        day.isoformat() for day in reversed(newest)
    ]
