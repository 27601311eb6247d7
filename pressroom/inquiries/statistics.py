"""Figures for the desk: counts, median time to first response, deadlines kept.

They read only what the retention command keeps (dates, status, kind), so
they stay true after personal data is erased, and carry no personal data.

``monthly_figures`` are the desk's public figures (the transparency page and
the admin statistics), per month of arrival in Belgrade, media inquiries
only:

- *received*: media inquiries that arrived in the month;
- *answered in time*: the share answered before the journalist's deadline,
  or before the first-response target (working hours, pauses left out) when
  no deadline was given. Counted over the inquiries whose answer is in or
  whose time is up; declined ones, and ones still within their time, are
  left out;
- *median first response*: in working hours, pauses left out;
- *forwarded to HQ*: the share forwarded to the headquarters press office.
"""

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from statistics import median

from django.db.models import Count, Sum
from django.utils import timezone

from . import clock
from .models import ClockPause, RejectedSubmission, Status, response_clock


def belgrade_range(start, end):
    """Aware datetimes from the start of day ``start`` to the end of day ``end``."""
    zone = timezone.get_default_timezone()
    since = datetime.combine(start, time.min, tzinfo=zone) if start else None
    until = (
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone)
        if end
        else None
    )
    return since, until


def received_between(inquiries, start=None, end=None):
    """Inquiries received from day ``start`` to day ``end`` (Belgrade), inclusive."""
    since, until = belgrade_range(start, end)
    if since:
        inquiries = inquiries.filter(received_at__gte=since)
    if until:
        inquiries = inquiries.filter(received_at__lt=until)
    return inquiries


def _share(part, whole):
    return round(100 * part / whole) if whole else None


def monthly_figures(inquiries, *, now=None):
    """The desk's figures per month of arrival, newest month first (see above)."""
    now = now or timezone.now()
    rules = response_clock()
    media = inquiries.filter(is_media=True)
    pauses = defaultdict(list)
    for inquiry_id, started, ended in ClockPause.objects.filter(
        inquiry__in=media
    ).values_list("inquiry_id", "started_at", "ended_at"):
        pauses[inquiry_id].append((started, ended))
    months = defaultdict(
        lambda: {"received": 0, "settled": 0, "in_time": 0, "hours": [], "hq": 0}
    )
    zone = timezone.get_default_timezone()
    rows = media.values_list(
        "pk",
        "received_at",
        "deadline",
        "answered_at",
        "first_response_at",
        "forwarded_at",
        "status",
    )
    for pk, received, deadline, answered, first, forwarded, status in rows.iterator():
        month = months[received.astimezone(zone).date().replace(day=1)]
        month["received"] += 1
        month["hq"] += forwarded is not None
        if first is not None:
            month["hours"].append(
                clock.working_time(received, first, rules.hours, pauses[pk])
            )
        due = deadline or rules.due(received, pauses[pk])
        if status == Status.DECLINED and answered is None:
            continue
        if answered is not None:
            month["settled"] += 1
            month["in_time"] += due is not None and answered <= due
        elif due is not None and due <= now:
            month["settled"] += 1
    figures = []
    for month_start in sorted(months, reverse=True):
        month = months[month_start]
        hours = month["hours"]
        figures.append(
            {
                "month": month_start,
                "received": month["received"],
                "answered_in_time": _share(month["in_time"], month["settled"]),
                "settled": month["settled"],
                "median_working_hours": (
                    round(median(hours).total_seconds() / 3600, 1) if hours else None
                ),
                "forwarded_to_hq": _share(month["hq"], month["received"]),
            }
        )
    return figures


def last_months(count, today=None):
    """The first day of the month ``count - 1`` months before ``today``'s."""
    today = today or timezone.localdate()
    year, month = today.year, today.month - (count - 1)
    while month < 1:
        month += 12
        year -= 1
    return date(year, month, 1)


def desk_figures(inquiries, *, rejected_since=None, rejected_until=None):
    """A dictionary of figures over ``inquiries`` (a queryset)."""
    by_status = dict(inquiries.values_list("status").annotate(n=Count("pk")).order_by())
    media = inquiries.filter(is_media=True)
    responded = media.filter(first_response_at__isnull=False).prefetch_related("pauses")
    hours = response_clock().hours
    working = [
        clock.working_time(
            inquiry.received_at,
            inquiry.first_response_at,
            hours,
            inquiry.pause_intervals(),
        ).total_seconds()
        / 3600
        for inquiry in responded
    ]
    wall = [
        (inquiry.first_response_at - inquiry.received_at).total_seconds() / 3600
        for inquiry in responded
    ]
    with_deadline = media.filter(deadline__isnull=False, answered_at__isnull=False)
    answered_with_deadline = with_deadline.count()
    before = sum(
        1
        for answered, deadline in with_deadline.values_list("answered_at", "deadline")
        if answered <= deadline
    )
    return {
        "total": inquiries.count(),
        "media": media.count(),
        "not_media": inquiries.filter(is_media=False).count(),
        "verified": media.filter(verified=True).count(),
        "by_status": [
            (label, by_status.get(value, 0)) for value, label in Status.choices
        ],
        "responded": len(working),
        "median_working_hours": round(median(working), 1) if working else None,
        "median_hours": round(median(wall), 1) if wall else None,
        "answered_with_deadline": answered_with_deadline,
        "answered_before_deadline": before,
        "share_before_deadline": (
            round(100 * before / answered_with_deadline)
            if answered_with_deadline
            else None
        ),
        "rejected_spam": _rejected(rejected_since, rejected_until),
    }


def _rejected(since, until):
    rejected = RejectedSubmission.objects.all()
    if since:
        rejected = rejected.filter(day__gte=since)
    if until:
        rejected = rejected.filter(day__lte=until)
    return rejected.aggregate(n=Sum("count"))["n"] or 0
