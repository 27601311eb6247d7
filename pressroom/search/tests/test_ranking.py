"""The order of results: where the words are, then the newer page.

One rule for SQLite and PostgreSQL (``query._relevance``), in whole numbers,
so both databases give the same order; relevance_results.json holds them to
it on the demo.
"""

from datetime import date

import pytest

from pressroom.testing import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 0


def test_words_in_the_title_rank_above_words_in_the_lead_above_the_body(
    found_titles,
):
    # Oldest first: the order below owes nothing to the dates.
    make_article(title="Wombat burrows surveyed", day=date(2020, 1, 1))
    make_article(
        title="Wombat numbers", lead="One burrow was new.", day=date(2021, 1, 1)
    )
    make_article(
        title="A survey", lead="Each wombat has a burrow.", day=date(2022, 1, 1)
    )
    make_article(title="A report", body="A burrow of a wombat.", day=date(2026, 1, 1))

    assert found_titles("wombat burrow") == [
        "Wombat burrows surveyed",
        "Wombat numbers",
        "A survey",
        "A report",
    ]


def test_of_pages_with_the_words_in_the_same_places_the_newer_comes_first(
    found_titles,
):
    make_article(title="Older wombat", lead="A burrow.", day=date(2025, 3, 1))
    make_article(title="Newer wombat", lead="A burrow.", day=date(2026, 3, 1))
    make_article(title="Oldest wombat", lead="A burrow.", day=date(2019, 3, 1))

    assert found_titles("wombat burrow") == [
        "Newer wombat",
        "Older wombat",
        "Oldest wombat",
    ]


def test_the_exact_phrase_ranks_above_the_words_apart(found_titles):
    make_article(title="Wombat news", lead="A burrow of note.", day=date(2026, 5, 1))
    make_article(
        title="A note", body="The wombat burrow collapsed.", day=date(2020, 1, 1)
    )

    assert found_titles("wombat burrow") == ["A note", "Wombat news"]
