"""Uncached page render time, in process: the article, home and newsroom pages.

    python bench/page_render.py                       # SQLite: var/bench-render/
    DATABASE_URL=postgres://user:pass@127.0.0.1:5432/pressroom_render \\
        python bench/page_render.py                   # PostgreSQL (that database)
    python bench/page_render.py --rounds 200          # more samples
    python bench/page_render.py --profile article     # cProfile of one page type
    python bench/page_render.py --profile unseen      # ... of articles not shown yet
    python bench/page_render.py --unseen-only         # only the target's case

It prepares a production-like site (pressroom.settings.production: DEBUG off,
the cached template loader, hashed static files collected once into
var/bench-render/static, the file cache or Redis when REDIS_URL is set),
migrates, loads the demo and grows the site to --articles live articles with
bench/corpus.py. The page cache is off (PAGE_CACHE_SECONDS=0), so every
request is rendered.

One client (Django's request handler in this process, through the whole
middleware chain) then requests the newest article with an image, the home
page and the newsroom index in en, sr and sr-latn, after a warm-up round, in
a shuffled order each round, twice over:

- "again": what a render reuses from earlier requests under the same content
  version (pressroom.rendercache.reuse: the menu, listings, fragments of
  HTML, each request getting its own copy) is there, as for every request
  but the first after a change (the site and the pages above the page
  included; the page itself is read anew on every request);
- "after a change": the content version (a row in the database) is advanced
  before each request, as a publish advances it, so the render reads
  everything from the database.
  Pictures' markup, kept by content rather than by version, stays warm.

And once more for articles alone:

- "an article not shown since the last change": each request asks for a
  different article, none requested before under the current content
  version (the newest --rounds articles of each language after the one
  above), so what is shared by every page (site, menu, contacts, header,
  footer) is reused but the article itself is read and rendered. This is
  what a reader gets who opens an article the page cache does not hold: the
  figure the issue's target is about.

It prints the median and p95 in milliseconds, the CPU time, the SQL queries
per page, and the load average before and after. The exit status is 1 when
the English median of "an article not shown since the last change" is above
the 10 ms target.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var" / "bench-render"
LANGUAGES = ("en", "sr", "sr-latn")
PAGES = ("article", "home", "newsroom")
TARGET_MS = 10


def configure():
    """Production settings with what they refuse to start without."""
    VAR.mkdir(parents=True, exist_ok=True)
    database = os.environ.get("DATABASE_URL", "sqlite").rsplit("/", 1)[-1]
    for name, value in {
        "DJANGO_SETTINGS_MODULE": "pressroom.settings.production",
        "SECRET_KEY": "bench-page-render-not-secret",
        "ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
        "SITE_URL": "http://localhost",
        "DATABASE_URL": f"sqlite:///{VAR / 'pressroom.sqlite3'}",
        "STATIC_ROOT": str(VAR / "static"),
        "MEDIA_ROOT": str(VAR / "media"),
        # One cache per database: renditions cached for one are not the other's.
        "CACHE_DIR": str(VAR / f"cache-{database}"),
        "LOG_FORMAT": "text",
    }.items():
        os.environ.setdefault(name, value)
    # Every request rendered: the page cache is what this bench leaves out.
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    os.environ["PAGE_CACHE_SEARCH_SECONDS"] = "0"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def prepare(articles):
    """Migrate, collect static files, load the demo, grow to ``articles``."""
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        print("collecting static files (once)", flush=True)
        call_command("collectstatic", verbosity=0, interactive=False)
    from pressroom.home.models import HomePage

    if not HomePage.objects.exists():
        print("loading the demo", flush=True)
        call_command("load_demo", verbosity=0)
    restore_pictures()
    sys.path.insert(0, str(ROOT / "bench"))
    import corpus

    from pressroom.search.index import rebuild_index

    if corpus.grow(articles):
        print(f"  {rebuild_index()} pages indexed for search", flush=True)
        # The rows were written directly, without the signals of a publish.
        from pressroom.rendercache.reuse import content_changed

        content_changed()


def restore_pictures():
    """Draw the demo's pictures again where their files are gone from MEDIA_ROOT.

    A database kept from an earlier run (PostgreSQL) can outlive the media
    folder. The renditions of a restored picture are deleted, so that the
    warm-up round makes them again from the restored file, as a site with
    its files does.
    """
    from django.core.cache import caches
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from wagtail.images import get_image_model

    from pressroom.demo.content import IMAGES
    from pressroom.demo.images import draw_picture

    restored = False
    for spec in IMAGES:
        image = get_image_model().objects.filter(title=spec["title"]).first()
        if image is None or default_storage.exists(image.file.name):
            continue
        data = draw_picture(spec["key"], spec["colors"], spec["motif"])
        saved = default_storage.save(image.file.name, ContentFile(data))
        if saved != image.file.name:
            image.file.name = saved
            image.save(update_fields=["file"])
        for rendition in image.renditions.all():
            rendition.delete()
        print(f"restored {saved}", flush=True)
        restored = True
    if restored:
        # Renditions kept in the cache name the files just deleted.
        caches["renditions"].clear()


def page_urls():
    """{language: {page: url}}, the pages bench/http_load.py measures."""
    from django.utils import translation

    from pressroom.news.models import ArticlePage, NewsIndexPage

    urls = {}
    for language in LANGUAGES:
        code = "en" if language == "en" else "sr"
        article = (
            ArticlePage.objects.live()
            .filter(locale__language_code=code, image__isnull=False)
            .order_by("-date", "-pk")
            .first()
        )
        newsroom = NewsIndexPage.objects.get(locale__language_code=code, depth=3)
        with translation.override(language):
            urls[language] = {
                "article": article.get_url(),
                "home": f"/{language}/",
                "newsroom": newsroom.get_url(),
            }
    return urls


def unseen_articles(count):
    """{language: [url]}: ``count`` articles a language after the newest one
    with an image (the one page_urls() gives), newest first."""
    from django.utils import translation

    from pressroom.news.models import ArticlePage

    urls = {}
    for language in LANGUAGES:
        code = "en" if language == "en" else "sr"
        articles = (
            ArticlePage.objects.live()
            .filter(locale__language_code=code)
            .order_by("-date", "-pk")[1 : count + 1]
        )
        with translation.override(language):
            urls[language] = [article.get_url() for article in articles]
    return urls


def measure_unseen(client, urls):
    """Wall and CPU milliseconds per language, one request per unseen article."""
    requests = [(language, url) for language in LANGUAGES for url in urls[language]]
    random.shuffle(requests)
    times = {language: [] for language in LANGUAGES}
    cpu = {language: [] for language in LANGUAGES}
    for language, url in requests:
        started, cpu_started = time.perf_counter(), time.process_time()
        fetch(client, url)
        times[language].append((time.perf_counter() - started) * 1000)
        cpu[language].append((time.process_time() - cpu_started) * 1000)
    return times, cpu


def fetch(client, url):
    response = client.get(url, secure=True)
    if response.status_code != 200:
        raise SystemExit(f"{url}: status {response.status_code}")
    return response


def query_count(client, url, after_change):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from pressroom.rendercache.reuse import content_changed

    if after_change:
        content_changed()
    with CaptureQueriesContext(connection) as captured:
        fetch(client, url)
    return len(captured.captured_queries)


def measure(client, urls, rounds, after_change):
    """Wall and CPU milliseconds per (page, language) over ``rounds`` rounds.

    ``after_change``: replace the content version before each request.
    The CPU time of this process leaves out the database server's share
    (PostgreSQL) but also most of the waiting for the processor that other
    work on a shared machine causes, so it compares runs at different loads.
    """
    from pressroom.rendercache.reuse import content_changed

    targets = [(page, language) for language in LANGUAGES for page in PAGES]
    for page, language in targets:  # warm-up: renditions, templates, sites
        fetch(client, urls[language][page])
    times = {target: [] for target in targets}
    cpu = {target: [] for target in targets}
    for _ in range(rounds):
        random.shuffle(targets)
        for page, language in targets:
            if after_change:
                content_changed()
            started, cpu_started = time.perf_counter(), time.process_time()
            fetch(client, urls[language][page])
            times[page, language].append((time.perf_counter() - started) * 1000)
            cpu[page, language].append((time.process_time() - cpu_started) * 1000)
    return times, cpu


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def profile(client, urls, after_change=False):
    """Print the cProfile of rendering ``urls[1:]``, each once, after a warm-up
    render of ``urls[0]``, and the queries of the last render.

    ``after_change``: replace the content version before each render.
    """
    import cProfile
    import pstats

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from pressroom.rendercache.reuse import content_changed

    fetch(client, urls[0])  # the shared parts, as on a site already visited
    profiler = cProfile.Profile()
    for url in urls[1:]:
        if after_change:
            content_changed()
        with CaptureQueriesContext(connection) as captured:
            profiler.enable()
            fetch(client, url)
            profiler.disable()
    output = VAR / "page_render.prof"
    profiler.dump_stats(output)
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(60)
    stats.sort_stats("tottime").print_stats(40)
    print(f"{len(captured.captured_queries)} queries in the last render:")
    for query in captured.captured_queries:
        print(f"  {query['sql'][:300]}")
    print(f"profile saved to {output} (python -m pstats {output})")


def load_average():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument(
        "--profile",
        choices=(*PAGES, "unseen"),
        help="profile this page (en); unseen: English articles not shown yet",
    )
    parser.add_argument(
        "--after-change",
        action="store_true",
        help="with --profile: the render after a change to the content",
    )
    parser.add_argument("--prepare-only", action="store_true", help="no measuring")
    parser.add_argument(
        "--unseen-only",
        action="store_true",
        help="measure only the articles not shown since the last change",
    )
    options = parser.parse_args()

    configure()
    prepare(options.articles)
    if options.prepare_only:
        return
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from pressroom.news.models import ArticlePage

    client = Client()
    urls = page_urls()
    if options.profile == "unseen":
        profile(client, unseen_articles(options.rounds + 1)["en"])
        return
    if options.profile:
        url = urls["en"][options.profile]
        profile(client, [url] * (options.rounds + 1), options.after_change)
        return

    cache = settings.CACHES["renditions"]["BACKEND"].rsplit(".", 1)[-1]
    print()
    print(
        f"{connection.vendor}, {ArticlePage.objects.live().count()} live articles, "
        f"renditions cache {cache}, {options.rounds} rounds, one client"
    )
    for after_change in () if options.unseen_only else (False, True):
        before = load_average()
        times, cpu = measure(client, urls, options.rounds, after_change)
        after = load_average()
        queries = {
            (page, language): query_count(client, urls[language][page], after_change)
            for language in LANGUAGES
            for page in PAGES
        }
        print()
        print("after a change:" if after_change else "again:")
        print(f"load average before: {before}; after: {after} ({os.cpu_count()} cores)")
        print(
            f"{'page':10} {'lang':8} {'median ms':>10} {'p95 ms':>8} {'cpu ms':>7} "
            f"{'queries':>8}  url"
        )
        for language in LANGUAGES:
            for page in PAGES:
                values = times[page, language]
                print(
                    f"{page:10} {language:8} {statistics.median(values):10.1f} "
                    f"{percentile(values, 0.95):8.1f} "
                    f"{statistics.median(cpu[page, language]):7.1f} "
                    f"{queries[page, language]:8}  "
                    f"{urls[language][page]}"
                )
    # The articles to open once each: one more than the rounds, whose last
    # is opened under CaptureQueriesContext for the query count.
    unseen = unseen_articles(options.rounds + 1)
    before = load_average()
    times, cpu = measure_unseen(
        client, {language: urls[:-1] for language, urls in unseen.items()}
    )
    after = load_average()
    print()
    print("an article not shown since the last change:")
    print(f"load average before: {before}; after: {after} ({os.cpu_count()} cores)")
    print(
        f"{'lang':8} {'n':>4} {'median ms':>10} {'p95 ms':>8} {'cpu ms':>7} "
        f"{'queries':>8}"
    )
    for language in LANGUAGES:
        values = times[language]
        queries = query_count(client, unseen[language][-1], after_change=False)
        print(
            f"{language:8} {len(values):4} {statistics.median(values):10.1f} "
            f"{percentile(values, 0.95):8.1f} "
            f"{statistics.median(cpu[language]):7.1f} {queries:8}"
        )
    article = statistics.median(times["en"])
    print()
    print(
        f"Target (issue 18): uncached article median <= {TARGET_MS} ms: "
        f"{'met' if article <= TARGET_MS else 'missed'} ({article:.1f} ms)."
    )
    sys.exit(0 if article <= TARGET_MS else 1)


if __name__ == "__main__":
    main()
