"""Let the media calendar drop events that have just ended.

Nothing is saved when an event ends, so no change advances the content
version and cached pages and feeds would keep the event. The scheduler runs
this command every few minutes (``SCHEDULED_JOBS``); when an event readers
may see has ended (or, without an end, started) within the look-back window,
it advances the content version once.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from pressroom.events.models import MediaEventPage
from pressroom.rendercache.reuse import content_changed
from pressroom.visibility.rules import visible_pages


class Command(BaseCommand):
    help = "Advance the content version when a media event has just ended."

    def add_arguments(self, parser):
        parser.add_argument(
            "--minutes",
            type=int,
            default=10,
            help="How far back to look (more than the scheduler's interval).",
        )

    def handle(self, *args, minutes, **options):
        now = timezone.now()
        since = now - timedelta(minutes=minutes)
        ended = Q(ends_at__gt=since, ends_at__lte=now) | Q(
            ends_at__isnull=True, starts_at__gt=since, starts_at__lte=now
        )
        if visible_pages(MediaEventPage.objects.filter(ended)).exists():
            content_changed()
            self.stdout.write("An event ended: the calendar is refreshed.")
