"""The morning digest: every open media inquiry, most urgent first, to the desk."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from pressroom.outbox.sending import send_email

from .clock import Urgency
from .desk import urgency_label
from .models import OPEN_STATUSES, Inquiry

ORDER = [
    Urgency.OVERDUE,
    Urgency.DUE_SOON,
    Urgency.ON_TIME,
    Urgency.PAUSED,
    Urgency.DONE,
]


def open_inquiries(now):
    """Open inquiries (media and not) with their urgency, most urgent first."""
    items = []
    queryset = (
        Inquiry.objects.filter(status__in=OPEN_STATUSES)
        .select_related("assignee")
        .prefetch_related("pauses")
        .order_by("received_at")
    )
    for inquiry in queryset:
        urgency = inquiry.urgency(now)
        items.append({"inquiry": inquiry, "urgency": urgency})
    items.sort(
        key=lambda item: (
            ORDER.index(item["urgency"]) if item["urgency"] in ORDER else len(ORDER)
        )
    )
    return items


def send_digest(*, now=None):
    """Queue the digest to every desk address; return the number of open inquiries."""
    now = now or timezone.now()
    recipients = settings.INQUIRY_DESK_EMAILS
    items = open_inquiries(now)
    if not recipients:
        return len(items)
    for item in items:
        item["urgency_label"] = urgency_label(item["urgency"]) or "—"
    send_email(
        to=recipients,
        template="inquiries/email/digest",
        context={
            "inquiries": items,
            "queue_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("inquiries_admin:queue"),
        },
        reading_language="en",
    )
    return len(items)
