"""manage.py setup_site: an empty, working site for a real office; safe to run again.

Builds the skeleton (``pressroom.sitesetup.skeleton``) with the office's name
in English and Serbian and records the site's address on Wagtail's Site, then
creates the first administrator unless there is one. In a terminal it asks
for what its options do not give; with ``--noinput`` (or without a terminal)
it takes its options or their defaults, and the administrator's password from
the environment variable DJANGO_SUPERUSER_PASSWORD (as Django's
``createsuperuser --noinput`` does). A password is never invented.
"""

import getpass
import logging
import os
import sys
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import DatabaseError, transaction

from wagtail.models import Locale, Site

from pressroom.sitesetup.address import site_address
from pressroom.sitesetup.skeleton import DEFAULT_NAMES, Address, SiteBuilder

PASSWORD_VARIABLE = "DJANGO_SUPERUSER_PASSWORD"  # noqa: S105 - its name
DEFAULT_USERNAME = "admin"
MAX_NAME = 255  # a page title's length


def parse_address(url):
    """The Site's host name and port for ``url``; raise CommandError if unusable."""
    parts = urlsplit(url.strip())
    try:
        port = parts.port
    except ValueError:
        port = -1
    if (
        parts.scheme not in {"http", "https"}
        or not parts.hostname
        or parts.path not in {"", "/"}
        or parts.query
        or port == -1
    ):
        raise CommandError(
            f"The site's address must look like https://press.example.org, not {url!r}."
        )
    return Address(parts.hostname, port or (443 if parts.scheme == "https" else 80))


def current_names():
    """The office's names on an existing site (its home pages' titles), or None."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page")
    site = site.first()
    if site is None or site.root_page.depth != 2:
        return None
    names = {}
    for home in site.root_page.get_translations(inclusive=True):
        names[home.locale.language_code] = home.title
    return names if {"en", "sr"} <= names.keys() else None


class Command(BaseCommand):
    help = (
        "Create the site's skeleton in English and Serbian (home pages, the "
        "newsroom, contact and media inquiry pages, office contacts, the "
        "approval workflow) and the first administrator. Safe to run again. "
        f"With --noinput, the password comes from {PASSWORD_VARIABLE}."
    )

    def add_arguments(self, parser):
        parser.add_argument("--name-en", help="the office's name in English")
        parser.add_argument(
            "--name-sr", help="the office's name in Serbian (Cyrillic or Latin)"
        )
        parser.add_argument(
            "--url",
            help="the site's public address (default: SITE_URL, "
            f"{site_address('').rstrip('/')})",
        )
        parser.add_argument(
            "--admin-username",
            help=f"the first administrator's user name (default: {DEFAULT_USERNAME})",
        )
        parser.add_argument("--admin-email", help="the first administrator's e-mail")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Ask nothing: take the options or their defaults.",
        )

    def handle(self, *args, interactive, **options):
        self.interactive = interactive and sys.stdin.isatty()
        self.ensure_migrated()
        names = current_names() or DEFAULT_NAMES
        name_en = self.answer(options["name_en"], "Office name in English", names["en"])
        name_sr = self.answer(options["name_sr"], "Office name in Serbian", names["sr"])
        for name in (name_en, name_sr):
            if not name.strip() or len(name) > MAX_NAME:
                raise CommandError(
                    f"The office's name needs 1 to {MAX_NAME} characters."
                )
        url = self.answer(options["url"], "Site address", site_address("").rstrip("/"))
        address = parse_address(url)
        administrator = self.administrator_wanted(options)

        # Wagtail logs every page it creates and publishes; here that is noise.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            with transaction.atomic():
                builder = SiteBuilder()
                skeleton = builder.build(
                    office_names={"en": name_en, "sr": name_sr}, address=address
                )
                if administrator:
                    self.create_administrator(**administrator)
        finally:
            wagtail_logger.setLevel(level)

        site = skeleton.site
        self.stdout.write(
            self.style.SUCCESS(
                f"Site “{site.site_name}” / “{skeleton.homes['sr'].title}” "
                f"at {site.root_url}: "
                + (
                    f"{builder.created} objects created."
                    if builder.created
                    else "already set up, nothing to create."
                )
            )
        )
        if url.rstrip("/") != settings.SITE_URL:
            self.stdout.write(
                self.style.WARNING(
                    f"Set SITE_URL={url.rstrip('/')} in the environment (.env) too: "
                    "links in e-mails and the admin read it."
                )
            )
        self.stdout.write(
            "Next: import articles with `manage.py import_articles FILE` "
            "(docs/importing.md), or write them in the admin at "
            f"{site_address('/admin/')}."
        )

    def ensure_migrated(self):
        try:
            migrated = Locale.objects.filter(language_code="en").exists()
        except DatabaseError:
            migrated = False
        if not migrated:
            raise CommandError("Run `manage.py migrate` first.")

    def answer(self, given, question, default):
        """The option's value, else the answer in a terminal, else the default."""
        if given is not None:
            return given
        if not self.interactive:
            return default
        reply = input(f"{question} [{default}]: ").strip()
        return reply or default

    # The first administrator ----------------------------------------------

    def administrator_wanted(self, options):
        """The administrator to create (asked before anything is built), or None."""
        user_model = get_user_model()
        existing = user_model.objects.filter(is_superuser=True).first()
        if existing is not None:
            self.stdout.write(
                f"An administrator exists already ({existing.get_username()}): "
                "none created."
            )
            return None
        username = self.answer(
            options["admin_username"], "Administrator's user name", DEFAULT_USERNAME
        ).strip()
        try:
            user_model._meta.get_field(user_model.USERNAME_FIELD).clean(username, None)
        except ValidationError as error:
            raise CommandError(
                f"User name {username!r}: {' '.join(error.messages)}"
            ) from None
        if user_model.objects.filter(**{user_model.USERNAME_FIELD: username}).exists():
            raise CommandError(
                f"A user {username!r} exists and is not an administrator; "
                "choose another user name with --admin-username."
            )
        email = self.answer(options["admin_email"], "Administrator's e-mail", "")
        email = email.strip()
        if email:
            try:
                validate_email(email)
            except ValidationError:
                raise CommandError(f"{email!r} is not an e-mail address.") from None
        user = user_model(**{user_model.USERNAME_FIELD: username}, email=email)
        password = self.password(user)
        return {"username": username, "email": email, "password": password}

    def password(self, user):
        """The password from the environment or asked twice; checked by the
        project's password validators."""
        password = os.environ.get(PASSWORD_VARIABLE)
        if password is None and not self.interactive:
            raise CommandError(
                f"Set {PASSWORD_VARIABLE} to the first administrator's password, "
                "or run setup_site in a terminal to be asked for it."
            )
        while True:
            if password is None:
                password = getpass.getpass("Administrator's password: ")
                if password != getpass.getpass("The password again: "):
                    self.stderr.write("The passwords differ; try again.")
                    password = None
                    continue
            try:
                validate_password(password, user)
            except ValidationError as error:
                message = " ".join(error.messages)
                if not self.interactive or PASSWORD_VARIABLE in os.environ:
                    raise CommandError(f"{PASSWORD_VARIABLE}: {message}") from None
                self.stderr.write(message)
                password = None
                continue
            return password

    def create_administrator(self, *, username, email, password):
        get_user_model().objects.create_superuser(
            username=username, email=email, password=password
        )
        self.stdout.write(f"Administrator {username} created.")
