"""manage.py enrolment_link USERNAME: print a one-time link to set up an app."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from pressroom.twofactor.enrolment import (
    authenticator_remove,
    enrolment_link_for,
    has_authenticator,
)


class Command(BaseCommand):
    help = (
        "Print a one-time link with which USERNAME sets up an authenticator app "
        "(after signing in with the password)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--remove-authenticator",
            action="store_true",
            help="Remove the account's current authenticator app first (a lost phone).",
        )

    def handle(self, *args, username, remove_authenticator, **options):
        user_model = get_user_model()
        try:
            user = user_model.objects.get(**{user_model.USERNAME_FIELD: username})
        except user_model.DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        if has_authenticator(user):
            if not remove_authenticator:
                raise CommandError(
                    f"{username} already has an authenticator app. If it is lost, "
                    "run again with --remove-authenticator."
                )
            authenticator_remove(user=user)
        self.stdout.write(enrolment_link_for(user))
