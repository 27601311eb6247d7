"""Start the periodic jobs (scheduled publishing, e-mail retries, digests) on time."""

import time

from django.core.management.base import BaseCommand

from pressroom.scheduling.runner import run_round, scheduled_jobs


class Command(BaseCommand):
    help = (
        "Run the jobs in settings.SCHEDULED_JOBS when they are due, checking "
        "every 30 seconds (or once, with --once)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Run what is due now, then exit."
        )
        parser.add_argument("--interval", type=float, default=30.0)

    def handle(self, *args, once, interval, **options):
        jobs = scheduled_jobs()
        if options["verbosity"] and not once:
            self.stdout.write(
                "Scheduler started: " + ", ".join(job.name for job in jobs)
            )
        while True:
            for name in run_round():
                if options["verbosity"] > 1 or once:
                    self.stdout.write(f"ran {name}")
            if once:
                return
            time.sleep(interval)
