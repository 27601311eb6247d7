"""Create or update published articles from a JSON file (see docs/importing.md)."""

from django.core.management.base import BaseCommand, CommandError

from pressroom.news.importing import ImportFileError, import_articles, read_records


class Command(BaseCommand):
    help = (
        "Create or update published articles from a JSON list of records "
        "(format: docs/importing.md). Invalid records are reported and skipped; "
        "the exit status is 1 if any failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the JSON file to import")

    def handle(self, *args, path, **options):
        try:
            records = read_records(path)
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        report = import_articles(records)
        for index, reason in report.failures:
            self.stderr.write(f"record {index}: {reason}")
        self.stdout.write(
            f"Created {report.created}, updated {report.updated}, "
            f"unchanged {report.unchanged}, failed {len(report.failures)} "
            f"of {len(records)} records."
        )
        if report.failures:
            raise CommandError(
                f"{len(report.failures)} of {len(records)} records were not imported."
            )
