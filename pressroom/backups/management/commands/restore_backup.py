"""Restore an archive written by backup_database (docs/operations.md)."""

import sys
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from pressroom.backups.archive import BackupError, restore_archive
from pressroom.backups.folders import UPLOAD_SETTINGS, upload_folders
from pressroom.rendercache.models import ContentVersion
from pressroom.rendercache.reuse import content_changed


def leave_the_old_content_versions_behind():
    """Cached pages are kept per content version number, and the restored
    number may be one the replaced database had reached with other content.
    The number jumps past any a site reached before now (milliseconds since
    1970; a site advances it by one per change), then advances once, which
    also removes the page files."""
    past_any = int(time.time() * 1000)
    if not ContentVersion.objects.filter(pk=1, number__lt=past_any).update(
        number=past_any
    ):
        ContentVersion.objects.get_or_create(pk=1, defaults={"number": past_any})
    content_changed()


class Command(BaseCommand):
    help = (
        "Replace the database and the uploads "
        f"({', '.join(UPLOAD_SETTINGS.values())}) by those in ARCHIVE, written "
        "by backup_database, and migrate it to this code. Stop the application "
        "server, the worker and the scheduler first."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the archive backup_database wrote")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, archive, interactive, **options):
        folders = upload_folders()
        if interactive:
            if not sys.stdin.isatty():
                raise CommandError("Without a terminal, confirm with --noinput.")
            self.stdout.write(
                f"This replaces the {connection.vendor} database "
                f"({connection.settings_dict['NAME']}) and everything in "
                + ", ".join(str(folder) for folder in folders.values())
                + f" by the contents of {archive}."
            )
            if input("Type 'yes' to continue: ").strip() != "yes":
                raise CommandError("Nothing was restored.")
        # The restore writes the database from outside Django's connection.
        connection.close()
        try:
            summary = restore_archive(
                archive,
                vendor=connection.vendor,
                database=connection.settings_dict,
                folders=folders,
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        # A backup made by older code is brought up to this code's tables.
        call_command("migrate", interactive=False, verbosity=0)
        leave_the_old_content_versions_behind()
        self.stdout.write(
            f"Restored {summary.describe()} from {archive}, migrated; "
            "start the services again."
        )
