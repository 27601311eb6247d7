"""manage.py purge_unconfirmed_subscriptions: forget addresses never confirmed."""

from django.core.management.base import BaseCommand

from pressroom.subscriptions.services import purge_unconfirmed


class Command(BaseCommand):
    help = "Delete press release subscriptions not confirmed within a week."

    def handle(self, *args, **options):
        deleted = purge_unconfirmed()
        if options["verbosity"]:
            self.stdout.write(f"Deleted {deleted} unconfirmed subscriptions.")
