"""Back up the SQLite database while the site runs (see docs/operations.md)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from pressroom.backups.sqlite_backup import BackupError, backup_sqlite


class Command(BaseCommand):
    help = (
        "Copy the SQLite database to DESTINATION while the site keeps running. "
        "On PostgreSQL, use pg_dump (docs/operations.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("destination", help="the backup file to write")

    def handle(self, *args, destination, **options):
        if connection.vendor != "sqlite":
            raise CommandError(
                "This database is PostgreSQL: back it up with pg_dump, e.g. "
                'pg_dump --format=custom --file=pressroom.dump "$DATABASE_URL" '
                "(docs/operations.md)."
            )
        try:
            size = backup_sqlite(connection.settings_dict["NAME"], destination)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backed up {size:,} bytes to {destination}")
