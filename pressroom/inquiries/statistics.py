"""Figures for the desk: counts, median time to first response, deadlines kept.

They read only what the retention command keeps (dates, status, kind), so
they stay true after personal data is erased.
"""

from statistics import median

from django.db.models import Count, Sum

from . import clock
from .models import RejectedSubmission, Status, response_clock


def desk_figures(inquiries):
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
        "rejected_spam": RejectedSubmission.objects.aggregate(n=Sum("count"))["n"] or 0,
    }
