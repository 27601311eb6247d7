"""manage.py latinize_catalogue: write locale/sr_Latn from locale/sr."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from pressroom.serbian.catalogue import latinize_po


def catalogue_paths():
    """Yield (Cyrillic .po, Latin .po) path pairs for every locale directory."""
    for locale_dir in settings.LOCALE_PATHS:
        source = Path(locale_dir) / "sr" / "LC_MESSAGES" / "django.po"
        if source.exists():
            yield source, Path(locale_dir) / "sr_Latn" / "LC_MESSAGES" / "django.po"


class Command(BaseCommand):
    help = "Derive the Serbian Latin catalogue (sr_Latn) from the Cyrillic one (sr)."

    def handle(self, *args, **options):
        for source, target in catalogue_paths():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(latinize_po(source.read_text("utf-8")), "utf-8")
            self.stdout.write(f"{source} -> {target}")
