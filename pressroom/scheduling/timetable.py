"""When periodic jobs are due: a pure-Python timetable with no Django imports.

A job runs either every N minutes or once a day at a local wall-clock time.
The scheduler keeps, per job, when it last started; a job is due when the
latest planned moment at or before ``now`` comes after that.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Job:
    """One periodic management command."""

    command: str
    every_minutes: int | None = None
    daily_at: time | None = None
    args: tuple[str, ...] = ()

    @property
    def name(self):
        return " ".join((self.command, *self.args))


def parse_job(spec):
    """Build a Job from a settings entry, e.g. {"command": "x", "daily_at": "07:30"}."""
    command = spec.get("command")
    if not command:
        raise ValueError(f"A scheduled job needs a command: {spec!r}")
    every = spec.get("every_minutes")
    daily = spec.get("daily_at")
    if (every is None) == (daily is None):
        raise ValueError(f"Give exactly one of every_minutes and daily_at: {spec!r}")
    if every is not None and (not isinstance(every, int) or every < 1):
        raise ValueError(f"every_minutes must be a positive integer: {spec!r}")
    daily_at = time.fromisoformat(daily) if daily is not None else None
    return Job(command, every, daily_at, tuple(spec.get("args", ())))


def last_planned(job, now, zone):
    """The latest moment at or before aware ``now`` when ``job`` was planned to run."""
    if job.every_minutes is not None:
        minutes = int(now.timestamp() // 60)
        return datetime.fromtimestamp(
            (minutes - minutes % job.every_minutes) * 60, tz=now.tzinfo
        )
    local = now.astimezone(ZoneInfo(zone))
    planned = datetime.combine(local.date(), job.daily_at, tzinfo=local.tzinfo)
    if planned > local:
        planned = datetime.combine(
            local.date() - timedelta(days=1), job.daily_at, tzinfo=local.tzinfo
        )
    return planned


def is_due(job, since, now, zone):
    """True if ``job`` should start at ``now``.

    ``since`` is when it last started or, for a job that never ran, when the
    scheduler first saw it: a new daily job waits for its time instead of
    running the moment the site is installed.
    """
    return since < last_planned(job, now, zone)
