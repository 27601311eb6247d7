"""Erase applications past the retention period (run daily by the scheduler).

Declined applications go ACCREDITATION_RETENTION_DAYS after the decision,
expired accreditations as long after their last valid day, undecided ones
as long after they were sent: the row, the press card, the personal links
and the record of their openings.
"""

from django.core.management.base import BaseCommand

from ...services import erase_old_accreditations


class Command(BaseCommand):
    help = "Erase accreditations declined or expired longer ago than the retention."

    def handle(self, *args, **options):
        count = erase_old_accreditations()
        self.stdout.write(f"{count} accreditations erased.")
