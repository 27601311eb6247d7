"""Erase the personal data of inquiries closed longer ago than the retention period.

What stays: reference, dates, status, media or not, verified, reply
language, the pauses — enough for the statistics, nothing that identifies
the journalist.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from ...forms import STAMP_MAX_AGE
from ...models import Inquiry, Status, UsedFormStamp
from ...services import inquiry_erase_personal_data


class Command(BaseCommand):
    help = "Erase personal data of closed or declined inquiries older than N days."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Retention in days (default: INQUIRY_RETENTION_DAYS, 365).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be erased."
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.INQUIRY_RETENTION_DAYS if days is None else days
        if days < 0:
            self.stderr.write("--days cannot be negative.")
            return
        cutoff = timezone.now() - timedelta(days=days)
        due = Inquiry.objects.filter(
            status__in=[Status.CLOSED, Status.DECLINED],
            personal_data_erased_at__isnull=True,
        ).filter(
            Q(closed_at__lte=cutoff) | Q(closed_at__isnull=True, updated_at__lte=cutoff)
        )
        count = due.count()
        if not dry_run:
            for inquiry in due.iterator():
                inquiry_erase_personal_data(inquiry=inquiry)
            # A stamp past its lifetime is refused anyway: forget it.
            stale = timezone.now() - timedelta(seconds=2 * STAMP_MAX_AGE)
            UsedFormStamp.objects.filter(used_at__lt=stale).delete()
        verb = "would be erased" if dry_run else "erased"
        self.stdout.write(f"{count} inquiries older than {days} days {verb}.")
