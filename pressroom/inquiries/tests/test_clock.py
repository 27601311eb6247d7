"""The response clock: working hours in Belgrade, pauses, deadlines, summer time."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressroom.inquiries.clock import (
    BELGRADE,
    ResponseClock,
    Urgency,
    WorkingHours,
    add_working_time,
    working_time,
)

HOURS = WorkingHours()
CLOCK = ResponseClock()


def belgrade(*args):
    return datetime(*args, tzinfo=BELGRADE)


def test_an_inquiry_in_the_morning_is_due_four_hours_later():
    # Monday 23 November 2026
    assert CLOCK.due(belgrade(2026, 11, 23, 9, 0)) == belgrade(2026, 11, 23, 13, 0)


def test_friday_afternoon_inquiry_is_due_on_monday_morning():
    assert CLOCK.due(belgrade(2026, 11, 27, 14, 0)) == belgrade(2026, 11, 30, 10, 0)


def test_weekend_and_night_inquiries_start_counting_at_eight_on_a_working_day():
    assert CLOCK.due(belgrade(2026, 11, 28, 10, 0)) == belgrade(2026, 11, 30, 12, 0)
    assert CLOCK.due(belgrade(2026, 11, 24, 20, 0)) == belgrade(2026, 11, 25, 12, 0)
    assert CLOCK.due(belgrade(2026, 11, 25, 6, 0)) == belgrade(2026, 11, 25, 12, 0)


def test_due_time_is_the_same_in_any_time_zone_of_the_input():
    received = belgrade(2026, 11, 23, 9, 0).astimezone(UTC)
    assert CLOCK.due(received) == belgrade(2026, 11, 23, 13, 0)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        CLOCK.due(datetime(2026, 11, 23, 9, 0))


def test_spring_forward_weekend_keeps_working_hours_local():
    # Summer time starts on Sunday 29 March 2026: 08:00 on Monday is 06:00 UTC.
    due = CLOCK.due(belgrade(2026, 3, 27, 15, 0))
    assert due == belgrade(2026, 3, 30, 11, 0)
    assert due.astimezone(UTC).hour == 9
    assert working_time(belgrade(2026, 3, 27, 15, 0), due) == timedelta(hours=4)


def test_fall_back_weekend_keeps_working_hours_local():
    # Summer time ends on Sunday 25 October 2026: 08:00 on Monday is 07:00 UTC.
    due = CLOCK.due(belgrade(2026, 10, 23, 13, 0))
    assert due == belgrade(2026, 10, 26, 9, 0)
    assert due.astimezone(UTC).hour == 8


def test_a_working_day_is_eight_hours_in_winter_and_summer():
    for day in (date(2026, 1, 12), date(2026, 3, 30), date(2026, 10, 26)):
        opens = datetime.combine(day, HOURS.start, tzinfo=BELGRADE)
        closes = datetime.combine(day, HOURS.end, tzinfo=BELGRADE)
        assert working_time(opens, closes) == timedelta(hours=8)


def test_working_time_skips_nights_and_weekends():
    monday = belgrade(2026, 11, 23, 15, 0)
    assert working_time(monday, belgrade(2026, 11, 24, 8, 30)) == timedelta(hours=1.5)
    friday = belgrade(2026, 11, 27, 15, 0)
    assert working_time(friday, belgrade(2026, 11, 30, 9, 0)) == timedelta(hours=2)
    assert working_time(friday, friday - timedelta(hours=1)) == timedelta(0)


def test_holidays_are_days_off():
    hours = WorkingHours(holidays=frozenset({date(2026, 11, 11)}))
    due = add_working_time(belgrade(2026, 11, 10, 14, 0), timedelta(hours=4), hours)
    assert due == belgrade(2026, 11, 12, 10, 0)


def test_a_closed_pause_across_days_does_not_count():
    received = belgrade(2026, 11, 23, 9, 0)
    pause = (belgrade(2026, 11, 23, 10, 0), belgrade(2026, 11, 25, 10, 0))
    assert CLOCK.due(received, [pause]) == belgrade(2026, 11, 25, 13, 0)
    assert CLOCK.elapsed(received, belgrade(2026, 11, 25, 11, 0), [pause]) == timedelta(
        hours=2
    )


def test_overlapping_and_repeated_pauses_count_once():
    received = belgrade(2026, 11, 23, 8, 0)
    pauses = [
        (belgrade(2026, 11, 23, 9, 0), belgrade(2026, 11, 23, 11, 0)),
        (belgrade(2026, 11, 23, 10, 0), belgrade(2026, 11, 23, 12, 0)),
        (belgrade(2026, 11, 23, 13, 0), belgrade(2026, 11, 23, 14, 0)),
    ]
    # 8-9 and 12-13 count (2h), 14-16 counts 2h more: due at 16:00.
    assert CLOCK.due(received, pauses) == belgrade(2026, 11, 23, 16, 0)


def test_an_open_pause_stops_the_clock():
    received = belgrade(2026, 11, 23, 9, 0)
    pauses = [(belgrade(2026, 11, 23, 10, 0), None)]
    assert CLOCK.due(received, pauses) is None
    later = belgrade(2026, 11, 30, 9, 0)
    assert CLOCK.elapsed(received, later, pauses) == timedelta(hours=1)
    assert CLOCK.urgency(received=received, now=later, pauses=pauses) is Urgency.PAUSED


def test_urgency_against_the_target():
    received = belgrade(2026, 11, 23, 9, 0)

    def at(hour, minute=0):
        return CLOCK.urgency(
            received=received, now=belgrade(2026, 11, 23, hour, minute)
        )

    assert at(10) is Urgency.ON_TIME
    assert at(12, 30) is Urgency.DUE_SOON
    assert at(13, 1) is Urgency.OVERDUE
    assert (
        CLOCK.urgency(received=received, now=belgrade(2026, 11, 24, 9), responded=True)
        is Urgency.DONE
    )


def test_the_journalists_deadline_counts_in_wall_time_even_while_paused():
    received = belgrade(2026, 11, 27, 15, 0)  # Friday
    deadline = belgrade(2026, 11, 28, 12, 0)  # Saturday noon
    pauses = [(belgrade(2026, 11, 27, 15, 30), None)]
    saturday_morning = belgrade(2026, 11, 28, 10, 30)
    assert (
        CLOCK.urgency(
            received=received, now=saturday_morning, pauses=pauses, deadline=deadline
        )
        is Urgency.DUE_SOON
    )
    assert (
        CLOCK.urgency(
            received=received,
            now=belgrade(2026, 11, 28, 12, 1),
            pauses=pauses,
            deadline=deadline,
        )
        is Urgency.OVERDUE
    )


def test_a_working_day_must_end_after_it_starts():
    with pytest.raises(ValueError):
        WorkingHours(start=HOURS.end, end=HOURS.start)


moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31)
).map(lambda naive: naive.replace(tzinfo=UTC))


@given(received=moments, minutes=st.integers(min_value=0, max_value=60 * 40))
def test_the_due_time_uses_exactly_the_target_in_working_time(received, minutes):
    amount = timedelta(minutes=minutes)
    due = add_working_time(received, amount)
    assert working_time(received, due) == amount
    if minutes:
        local = due.astimezone(BELGRADE)
        assert HOURS.is_working_day(local.date())
        assert HOURS.start < local.time() <= HOURS.end
