"""When periodic jobs are due (pure Python, no database)."""

from datetime import UTC, datetime, time

import pytest

from pressroom.scheduling.timetable import Job, is_due, last_planned, parse_job

ZONE = "Europe/Belgrade"


def at(text):
    return datetime.fromisoformat(text).astimezone(UTC)


def test_every_n_minutes_runs_once_per_period():
    job = Job("publish_scheduled", every_minutes=5)
    assert last_planned(job, at("2026-11-23T10:07:30+00:00"), ZONE) == at(
        "2026-11-23T10:05:00+00:00"
    )
    assert is_due(
        job, at("2026-11-23T10:04:59+00:00"), at("2026-11-23T10:07:00+00:00"), ZONE
    )
    assert not is_due(
        job, at("2026-11-23T10:05:00+00:00"), at("2026-11-23T10:09:59+00:00"), ZONE
    )


def test_a_daily_job_runs_at_local_time_once_a_day():
    job = Job("send_inquiry_digest", daily_at=time(7, 30))
    started_yesterday = at("2026-11-22T07:30:05+01:00")
    assert not is_due(job, started_yesterday, at("2026-11-23T07:29:00+01:00"), ZONE)
    assert is_due(job, started_yesterday, at("2026-11-23T07:30:00+01:00"), ZONE)
    assert not is_due(
        job, at("2026-11-23T07:30:01+01:00"), at("2026-11-23T18:00:00+01:00"), ZONE
    )


def test_a_daily_job_follows_summer_time():
    job = Job("send_inquiry_digest", daily_at=time(7, 30))
    # 07:30 in Belgrade is 05:30 UTC in summer and 06:30 UTC in winter.
    assert last_planned(job, at("2026-07-01T12:00:00+00:00"), ZONE) == at(
        "2026-07-01T05:30:00+00:00"
    )
    assert last_planned(job, at("2026-12-01T12:00:00+00:00"), ZONE) == at(
        "2026-12-01T06:30:00+00:00"
    )


def test_a_new_daily_job_waits_for_its_time():
    job = Job("send_inquiry_digest", daily_at=time(7, 30))
    first_seen = at("2026-11-23T09:00:00+01:00")
    assert not is_due(job, first_seen, at("2026-11-23T15:00:00+01:00"), ZONE)
    assert is_due(job, first_seen, at("2026-11-24T07:30:00+01:00"), ZONE)


@pytest.mark.parametrize(
    "spec",
    [
        {"every_minutes": 5},
        {"command": "x"},
        {"command": "x", "every_minutes": 5, "daily_at": "07:00"},
        {"command": "x", "every_minutes": 0},
        {"command": "x", "daily_at": "25:00"},
    ],
)
def test_bad_job_settings_are_refused_with_a_reason(spec):
    with pytest.raises(ValueError):
        parse_job(spec)


def test_job_settings_are_read():
    job = parse_job({"command": "prune", "daily_at": "03:30", "args": ["--all"]})
    assert job == Job("prune", daily_at=time(3, 30), args=("--all",))
    assert job.name == "prune --all"
