"""Rebuild the reader search index from the live, public pages."""

from django.core.management.base import BaseCommand

from pressroom.search.index import rebuild_index


class Command(BaseCommand):
    help = "Index every live, public article and content page for reader search."

    def handle(self, *args, **options):
        count = rebuild_index()
        self.stdout.write(f"Indexed {count} pages.")
