"""Restore an archive written by backup_database (docs/operations.md)."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from pressroom.backups.archive import BackupError, restore_archive
from pressroom.backups.folders import UPLOAD_SETTINGS, upload_folders
from pressroom.pagecache.signals import EVERYTHING, purge
from pressroom.rendercache.reuse import content_changed


class Command(BaseCommand):
    help = (
        "Replace the database and the uploads "
        f"({', '.join(UPLOAD_SETTINGS.values())}) by those in ARCHIVE, written "
        "by backup_database. Stop the application server, the worker and the "
        "scheduler first; run migrate afterwards."
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
        # Pages cached from the replaced database are stale.
        purge(EVERYTHING)
        content_changed()
        self.stdout.write(
            f"Restored {summary.describe()} from {archive}. Now run "
            "`manage.py migrate` (a no-op unless the code is newer than the "
            "backup), then start the services again."
        )
