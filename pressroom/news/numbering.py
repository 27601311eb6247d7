"""Press release numbers: "PR-2026-014", one sequence per year, never reused.

A press release gets its number when it is approved, that is when Wagtail
first publishes or schedules one of its revisions (``page_published``, sent
for both), so an embargoed copy carries it already. The number belongs to
the release, not to one language version: it is kept per translation key,
and the English and Serbian versions show the same number.

Numbers come from one counter row per year, read with ``select_for_update``
and advanced in the same transaction as the number is recorded, so two
approvals at once never get the same number (on PostgreSQL the row lock
orders them; SQLite has one writer at a time). The counter is never moved
back: a number whose release is deleted is not given again.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from pressroom.rendercache.reuse import content_changed

from .models import ArticleKind, ArticlePage, ReleaseCounter, ReleaseNumber


def format_number(prefix, year, sequence):
    """The number as readers see it: ``PR-2026-014``."""
    return f"{prefix}-{year}-{sequence:03d}"


def _next_sequence(year):
    """Advance the counter of ``year`` and return its new value (in a transaction)."""
    try:
        with transaction.atomic():
            ReleaseCounter.objects.get_or_create(year=year)
    except IntegrityError:
        pass  # made a moment ago by another approval
    counter = ReleaseCounter.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last


@transaction.atomic
def release_number_for(page, *, now=None):
    """The number of the press release ``page`` is a version of; given now if new.

    Every version of the release (same translation key) is given the number
    on its page row, so pages, feeds and the API read it with the page.
    """
    number = ReleaseNumber.objects.filter(translation_key=page.translation_key).first()
    if number is None:
        year = timezone.localdate(now or timezone.now()).year
        sequence = _next_sequence(year)
        number = ReleaseNumber.objects.create(
            translation_key=page.translation_key,
            year=year,
            sequence=sequence,
            number=format_number(settings.PRESS_RELEASE_NUMBER_PREFIX, year, sequence),
        )
    versions = ArticlePage.objects.filter(translation_key=page.translation_key).exclude(
        release_number=number.number
    )
    if versions.update(release_number=number.number):
        # update() sends no signal: readers' pages change with it.
        content_changed()
    page.release_number = number.number
    return number.number


def number_approved_release(*, page):
    """On approval (publication or scheduling): number a press release once."""
    if isinstance(page, ArticlePage) and page.kind == ArticleKind.PRESS_RELEASE:
        release_number_for(page)
