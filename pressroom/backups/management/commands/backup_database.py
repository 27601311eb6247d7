"""Back up the database and the uploads into one archive (docs/operations.md)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from pressroom.backups.archive import BackupError, create_archive
from pressroom.backups.folders import UPLOAD_SETTINGS, upload_folders


class Command(BaseCommand):
    help = (
        "Write the database (SQLite's online backup, or pg_dump --format=custom "
        f"on PostgreSQL) and the uploads ({', '.join(UPLOAD_SETTINGS.values())}) "
        "to one archive, DESTINATION.tar.gz (or .tar), while the site keeps "
        "running. Restore it with restore_backup."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "destination", help="the archive to write, e.g. pressroom-2026-12-06.tar.gz"
        )

    def handle(self, *args, destination, **options):
        try:
            summary = create_archive(
                destination,
                vendor=connection.vendor,
                database=connection.settings_dict,
                folders=upload_folders(),
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Backed up {summary.describe()} to {destination} ({summary.size:,} bytes)."
        )
