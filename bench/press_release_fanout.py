"""Benchmark the fan-out of a press release to its subscribers.

Run from the repository root with the project's virtualenv:

    python bench/press_release_fanout.py [--subscribers 2000]

On a fresh SQLite database in a temporary directory (migrated, demo loaded),
it subscribes N confirmed readers spread over the three reading languages,
publishes an English press release and its Serbian translation, and times:

- **write**: ``press_release_deliver`` for both versions, which renders each
  message in the reader's language and script and stores it with its
  ``Delivery`` and delivery task, one transaction per subscriber;
- **deliver**: the background worker sending every stored message (Django's
  in-memory mail backend, so the figure is Pressroom's cost, not SMTP's).

Never part of ``make test``.
"""

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_WRITE_PER_SECOND = 100


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=2000)
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="pressroom-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "pressroom.settings.test"
    os.environ.setdefault("LOG_LEVEL", "WARNING")

    import django

    django.setup()

    import logging

    from django.core import mail
    from django.core.management import call_command
    from django.utils import timezone

    from wagtail.models import Locale

    from pressroom.demo.loader import load_demo
    from pressroom.news.models import ArticleKind, ArticlePage, NewsIndexPage
    from pressroom.subscriptions.models import Subscriber
    from pressroom.subscriptions.services import press_release_deliver
    from pressroom.testing import run_background_tasks

    logging.getLogger("wagtail").setLevel(logging.WARNING)
    call_command("migrate", verbosity=0)
    load_demo()
    mail.outbox = []

    languages = ["en", "sr", "sr-latn"]
    Subscriber.objects.bulk_create(
        Subscriber(
            email=f"reader{number}@example.org",
            reading_language=languages[number % 3],
            token=f"bench-token-{number}",
            confirmed_at=timezone.now(),
        )
        for number in range(args.subscribers)
    )
    english = Locale.objects.get(language_code="en")
    serbian = Locale.objects.get(language_code="sr")
    newsroom = NewsIndexPage.objects.get(locale=english, slug="latest-news")
    page = ArticlePage(
        title="Office opens a press centre",
        slug="bench-press-centre",
        kind=ArticleKind.PRESS_RELEASE,
        date=date(2026, 11, 23),
        lead="The office opens a press centre for journalists.",
    )
    newsroom.add_child(instance=page)
    page.save_revision()
    translation = page.copy_for_translation(serbian)
    translation.title = "Канцеларија отвара прес-центар"
    translation.lead = "Канцеларија отвара прес-центар за новинаре."
    translation.save_revision()
    # Publishing queues the fan-out tasks; the fan-out is timed by hand here
    # (the queued tasks then find everything written and do nothing).
    pages = [page, translation]
    for p in pages:
        p.get_latest_revision().publish()

    started = time.perf_counter()
    written = sum(press_release_deliver(page_id=p.pk) for p in pages)
    write_seconds = time.perf_counter() - started

    started = time.perf_counter()
    run_background_tasks()
    deliver_seconds = time.perf_counter() - started

    print(f"{args.subscribers} subscribers, {written} messages written")
    print(f"{'measure':<28}{'figure':>12}  target")
    rate = written / write_seconds
    print(f"{'write, messages/s':<28}{rate:>12.0f}  >= {TARGET_WRITE_PER_SECOND}")
    print(f"{'deliver, messages/s':<28}{len(mail.outbox) / deliver_seconds:>12.0f}")
    print(f"{'sent (locmem outbox)':<28}{len(mail.outbox):>12}")


if __name__ == "__main__":
    main()
