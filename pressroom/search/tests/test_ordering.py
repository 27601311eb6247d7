"""The order of the index: keys by language, date and page; recent years first."""

from datetime import date

import pytest

from pressroom.search.ordering import (
    key_day,
    order_key,
    order_key_range,
    recent_years,
)


def test_a_key_gives_back_its_day():
    assert key_day(order_key("sr", date(2026, 11, 23), 4711)) == date(2026, 11, 23)


def test_keys_order_by_language_then_date_then_page():
    keys = [
        order_key("en", date(2026, 1, 2), 1),
        order_key("en", date(2026, 1, 1), 9),
        order_key("sr", date(2012, 1, 1), 5),
        order_key("en", date(2026, 1, 2), 3),
    ]
    assert sorted(keys) == [keys[1], keys[0], keys[3], keys[2]]
    low, high = order_key_range("en", date(2026, 1, 1), date(2026, 12, 31))
    assert [low <= key <= high for key in keys] == [True, True, False, True]


FIRST_DAY = date(2012, 1, 1)


def test_many_matches_are_read_from_the_recent_years_first():
    # 41,000 matches in 15 years, about 7.5 a day: half as many again as the
    # newest 1,000 are in the last 200 days, all in 2026 by 3 December, but
    # reach into 2026 when 2027 has just begun.
    assert recent_years(41_000, FIRST_DAY, date(2026, 12, 3), 1000) == range(2026, 2027)
    assert recent_years(41_000, FIRST_DAY, date(2027, 1, 5), 1000) == range(2026, 2028)
    # 16,000: about 3 a day, 500 days back from 3 December 2026
    assert recent_years(16_000, FIRST_DAY, date(2026, 12, 3), 1000) == range(2025, 2027)


def test_a_count_stopped_at_10000_asks_for_more_years_never_fewer():
    # The count stops at 10,001 (query.EXACT_TOTAL_LIMIT): the years guessed
    # from that lower bound include those of the exact count.
    newest = date(2026, 12, 3)
    stopped = recent_years(10_001, FIRST_DAY, newest, 1000)
    assert stopped == range(2024, 2027)
    for matches in (16_000, 41_000, 90_000):
        assert set(recent_years(matches, FIRST_DAY, newest, 1000)) <= set(stopped)


@pytest.mark.parametrize(
    "matches, oldest, newest",
    [
        (4_000, FIRST_DAY, date(2026, 12, 3)),  # few enough to read all
        (9_000, date(2025, 6, 1), date(2026, 2, 1)),  # the guess reaches 2025
        (5_000, date(2026, 1, 1), date(2026, 12, 3)),  # one year only
    ],
)
def test_all_years_are_read_when_the_recent_ones_would_not_save_work(
    matches, oldest, newest
):
    assert recent_years(matches, oldest, newest, 1000) is None
