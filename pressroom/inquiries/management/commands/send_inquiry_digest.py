"""Queue the daily digest of open media inquiries to INQUIRY_DESK_EMAILS."""

from django.conf import settings
from django.core.management.base import BaseCommand

from ...digest import send_digest


class Command(BaseCommand):
    help = "E-mail the Media desk the list of open inquiries, most urgent first."

    def handle(self, *args, **options):
        count = send_digest()
        if not settings.INQUIRY_DESK_EMAILS:
            self.stderr.write("INQUIRY_DESK_EMAILS is empty: no digest sent.")
        else:
            self.stdout.write(f"Digest of {count} open inquiries queued.")
