"""Create or update published articles from a JSON file (see docs/importing.md)."""

import time

from django.core.management.base import BaseCommand, CommandError

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from pressroom.news.importing import ImportFileError, import_articles, read_records


class RateColumn(ProgressColumn):
    """Records per second so far."""

    def render(self, task):
        elapsed = task.finished_time or task.elapsed
        if not elapsed or not task.completed:
            return Text("")
        return Text(f"{task.completed / elapsed:,.0f} records/s")


def _as_it_is(text):
    return text


class _Stream:
    """The command's standard error as rich writes to it: text as it comes,
    without the line ending Django's OutputWrapper adds to each write."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def write(self, text):
        self.wrapper.write(text, style_func=_as_it_is, ending="")

    def flush(self):
        self.wrapper.flush()

    def isatty(self):
        return self.wrapper.isatty()


class Command(BaseCommand):
    help = (
        "Create or update published articles from a JSON list of records "
        "(format: docs/importing.md). Invalid records are reported and skipped; "
        "the exit status is 1 if any failed. Running it again with the same "
        "file changes nothing; a run that was stopped continues."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the JSON file to import")

    def handle(self, *args, path, **options):
        try:
            records = read_records(path)
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        started = time.perf_counter()
        # The bar goes to standard error, and only to a terminal; the
        # records that fail are written as they are met, above it.
        console = Console(file=_Stream(self.stderr), highlight=False)
        shown = 0

        with Progress(
            TextColumn("Importing"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=console,
            disable=not console.is_terminal,
        ) as progress:
            task = progress.add_task("import", total=len(records))

            def advance(done, report):
                nonlocal shown
                for index, reason in report.failures[shown:]:
                    self._failure(progress, index, reason)
                shown = len(report.failures)
                progress.update(task, completed=done)

            report = import_articles(records, progress=advance)
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"Created {report.created}, updated {report.updated}, "
            f"unchanged {report.unchanged}, failed {len(report.failures)} "
            f"of {len(records)} records in {seconds:.1f} s "
            f"({len(records) / max(seconds, 0.001):,.0f} records/s)."
        )
        if report.failures:
            raise CommandError(
                f"{len(report.failures)} of {len(records)} records were not imported."
            )

    def _failure(self, progress, index, reason):
        line = f"record {index}: {reason}"
        if progress.disable:
            self.stderr.write(line)
        else:
            progress.console.print(line, markup=False, style="red")
