"""manage.py load_demo: create the demo site; safe to run again."""

import logging

from django.conf import settings
from django.core.management.base import BaseCommand

from pressroom.demo.loader import DEMO_EDITOR, DEMO_ROLE_ACCOUNTS, load_demo


class Command(BaseCommand):
    help = "Load the demo content (English and Serbian); safe to run again."

    def handle(self, *args, **options):
        # Wagtail logs every page it creates and publishes; here that is noise.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            created = load_demo()
        finally:
            wagtail_logger.setLevel(level)
        if created:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content loaded: {created} objects created.")
            )
        else:
            self.stdout.write("Demo content already present: nothing to do.")
        if settings.DEBUG:
            self.stdout.write(
                "Demo editor login (development only): "
                f"{settings.WAGTAILADMIN_BASE_URL}/admin/  "
                f"user {DEMO_EDITOR['username']}  "
                f"password {DEMO_EDITOR['password']}"
            )
            for account in DEMO_ROLE_ACCOUNTS:
                self.stdout.write(
                    f"  {account['group']}: user {account['username']}  "
                    f"password {account['password']}"
                )
