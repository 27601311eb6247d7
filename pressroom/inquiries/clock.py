"""The desk's response clock: working hours, the first-response target, pauses.

Pure Python (no Django): the models and the admin call into it.

Rules it implements:

- Working time is Monday to Friday, 08:00–16:00 in Europe/Belgrade (both
  configurable, plus optional public holidays). The window is taken in local
  time every day, so a working day is eight hours long also on the days
  clocks change for summer time.
- The first-response target (default four working hours) is counted in
  working time from the moment an inquiry arrives. An inquiry that arrives
  at night or at a weekend starts counting at 08:00 on the next working day.
- While an inquiry awaits the headquarters press office the office's own
  clock pauses: paused intervals do not count, however many days they span.
  While a pause is open there is no due time.
- The journalist's deadline is a wall-clock moment; it keeps counting at
  night, at weekends and while the office's clock is paused.
- An item is *due soon* when less than the warning margin (default one
  working hour) of its target is left, or its deadline is less than the
  deadline margin (default two hours) away; *overdue* when either has passed.

All arithmetic is done in UTC, because Python subtracts two aware datetimes
with the same ``tzinfo`` without regard to a change of offset between them.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

BELGRADE = ZoneInfo("Europe/Belgrade")


@dataclass(frozen=True)
class WorkingHours:
    """When the office works: the daily window, the working weekdays, holidays."""

    start: time = time(8, 0)
    end: time = time(16, 0)
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday is 0
    holidays: frozenset[date] = frozenset()
    zone: ZoneInfo = BELGRADE

    def __post_init__(self):
        if not self.start < self.end:
            raise ValueError("The working day must end after it starts.")

    def is_working_day(self, day):
        return day.weekday() in self.weekdays and day not in self.holidays

    def window(self, day):
        """The working window of a local calendar day, in UTC (None on a day off)."""
        if not self.is_working_day(day):
            return None
        opens = datetime.combine(day, self.start, tzinfo=self.zone)
        closes = datetime.combine(day, self.end, tzinfo=self.zone)
        return opens.astimezone(UTC), closes.astimezone(UTC)

    def windows(self, since):
        """Working windows from the local day of ``since`` on, endlessly."""
        day = _utc(since).astimezone(self.zone).date()
        while True:
            window = self.window(day)
            if window is not None:
                yield window
            day += timedelta(days=1)


def _utc(moment):
    if moment.tzinfo is None:
        raise ValueError("The clock needs aware datetimes.")
    return moment.astimezone(UTC)


def merge_intervals(intervals, until):
    """Sort and merge (start, end) intervals; an open end (None) becomes ``until``."""
    spans = sorted(
        (_utc(start), _utc(end) if end is not None else _utc(until))
        for start, end in intervals
    )
    merged = []
    for start, end in spans:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _subtract(window, pauses):
    """The parts of ``window`` not covered by the (merged, sorted) pauses."""
    start, end = window
    for pause_start, pause_end in pauses:
        if pause_end <= start or pause_start >= end:
            continue
        if pause_start > start:
            yield start, pause_start
        start = max(start, pause_end)
        if start >= end:
            return
    if start < end:
        yield start, end


def working_time(start, end, hours=WorkingHours(), pauses=()):
    """Working time between two moments, leaving out paused intervals."""
    start, end = _utc(start), _utc(end)
    if end <= start:
        return timedelta(0)
    merged = merge_intervals(pauses, until=end)
    total = timedelta(0)
    for window in hours.windows(start):
        if window[0] >= end:
            break
        clipped = (max(window[0], start), min(window[1], end))
        for part_start, part_end in _subtract(clipped, merged):
            total += part_end - part_start
    return total


def add_working_time(start, amount, hours=WorkingHours(), pauses=()):
    """The moment at which ``amount`` of working time after ``start`` is used up.

    Closed pauses are skipped. An open pause (end None) stops the clock for
    good, so the answer is None.
    """
    if any(end is None for _start, end in pauses):
        return None
    start = _utc(start)
    merged = merge_intervals(pauses, until=start)
    left = amount
    if left <= timedelta(0):
        return start
    for window in hours.windows(start):
        clipped = (max(window[0], start), window[1])
        if clipped[0] >= clipped[1]:
            continue
        for part_start, part_end in _subtract(clipped, merged):
            if part_end - part_start >= left:
                return part_start + left
            left -= part_end - part_start
    raise AssertionError("unreachable: the working windows never end")


class Urgency(Enum):
    """How an open item stands against its target and deadline."""

    DONE = "done"  # first response given (or not on the clock at all)
    PAUSED = "paused"  # awaiting HQ, the office's clock stands still
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class ResponseClock:
    """The first-response target and the warning margins of the desk."""

    target: timedelta = timedelta(hours=4)
    warning: timedelta = timedelta(hours=1)
    deadline_warning: timedelta = timedelta(hours=2)
    hours: WorkingHours = field(default_factory=WorkingHours)

    def due(self, received, pauses=()):
        """When the first response is due (None while paused)."""
        return add_working_time(received, self.target, self.hours, pauses)

    def elapsed(self, received, now, pauses=()):
        """Working time the office has used so far, pauses left out."""
        return working_time(received, now, self.hours, pauses)

    def urgency(self, *, received, now, pauses=(), deadline=None, responded=False):
        """Classify an item; the worst of target and deadline wins."""
        if responded:
            return Urgency.DONE
        now = _utc(now)
        states = []
        if deadline is not None:
            left = _utc(deadline) - now
            if left <= timedelta(0):
                states.append(Urgency.OVERDUE)
            elif left <= self.deadline_warning:
                states.append(Urgency.DUE_SOON)
        if any(end is None for _start, end in pauses):
            states.append(Urgency.PAUSED)
        else:
            left = self.target - self.elapsed(received, now, pauses)
            if left <= timedelta(0):
                states.append(Urgency.OVERDUE)
            elif left <= self.warning:
                states.append(Urgency.DUE_SOON)
            else:
                states.append(Urgency.ON_TIME)
        order = [Urgency.OVERDUE, Urgency.DUE_SOON, Urgency.PAUSED, Urgency.ON_TIME]
        return min(states, key=order.index)
