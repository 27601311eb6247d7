"""The morning digest: every open media inquiry, most urgent first, to the desk."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from pressroom.outbox.sending import send_email
from pressroom.sitesetup.address import site_address

from .models import OPEN_STATUSES, Inquiry, urgency_label

# The desk reads its digest in English, as the admin is written.
DIGEST_LANGUAGE = "en"


def open_inquiries(now):
    """Open inquiries (media and not) with their urgency, most urgent first."""
    queryset = (
        Inquiry.objects.filter(status__in=OPEN_STATUSES)
        .by_urgency(now)
        .select_related("assignee")
    )
    return [
        {"inquiry": inquiry, "urgency": inquiry.ranked_urgency} for inquiry in queryset
    ]


def send_digest(*, now=None):
    """Queue the digest to every desk address; return the number of open inquiries."""
    now = now or timezone.now()
    recipients = settings.INQUIRY_DESK_EMAILS
    items = open_inquiries(now)
    if not recipients:
        return len(items)
    # Labels in the digest's language, whatever language this process or
    # thread last served (a worker runs many tasks).
    with translation.override(DIGEST_LANGUAGE):
        for item in items:
            item["urgency_label"] = urgency_label(item["urgency"]) or "—"
    send_email(
        to=recipients,
        template="inquiries/email/digest",
        context={
            "inquiries": items,
            "queue_url": site_address(reverse("inquiries_admin:queue")),
        },
        reading_language=DIGEST_LANGUAGE,
    )
    return len(items)
