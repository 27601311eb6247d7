"""manage.py load_demo: create the demo site; safe to run again."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from pressroom.demo.loader import DEMO_EDITOR, DEMO_ROLE_ACCOUNTS, DemoLoader
from pressroom.sitesetup.address import site_address
from pressroom.twofactor.enrolment import enrolment_link_for
from pressroom.twofactor.policy import requires_two_factor


class Command(BaseCommand):
    help = "Load the demo content (English and Serbian); safe to run again."

    def handle(self, *args, **options):
        # Wagtail logs every page it creates and publishes; here that is noise.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        loader = DemoLoader()
        try:
            created = loader.load()
        finally:
            wagtail_logger.setLevel(level)
        if created:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content loaded: {created} objects created.")
            )
        else:
            self.stdout.write("Demo content already present: nothing to do.")
        if settings.DEMO_FIXED_PASSWORDS:
            if settings.DEBUG:
                self._fixed_logins()
        elif loader.passwords:
            self._generated_logins(loader.passwords)

    def _fixed_logins(self):
        self.stdout.write(
            "Demo editor login (development only): "
            f"{site_address('/admin/')}  "
            f"user {DEMO_EDITOR['username']}  "
            f"password {DEMO_EDITOR['password']}"
        )
        for account in DEMO_ROLE_ACCOUNTS:
            self.stdout.write(
                f"  {account['group']}: user {account['username']}  "
                f"password {account['password']}"
            )

    def _generated_logins(self, passwords):
        """Show each new account's generated password: the only time it is shown."""
        admin_url = site_address("/admin/")
        self.stdout.write(
            f"Demo accounts for {admin_url} (passwords generated now, shown "
            "only this once):"
        )
        users = get_user_model().objects.in_bulk(passwords, field_name="username")
        for username, password in passwords.items():
            self.stdout.write(f"  user {username}  password {password}")
            if requires_two_factor(users[username]):
                link = enrolment_link_for(users[username])
                self.stdout.write(f"    set up two-factor sign-in: {link}")
