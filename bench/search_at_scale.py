"""Benchmark reader search on a large generated corpus: import, index build, queries.

Run from the repository root with the project's virtualenv:

    python bench/search_at_scale.py                   # SQLite (var/)
    DATABASE_URL=postgres://… python bench/search_at_scale.py --reset
    python bench/search_at_scale.py --articles 10000  # a quicker run

Steps, each timed:

1. Start from an empty database (SQLite: a fresh file; PostgreSQL: every table
   of the database is dropped, so it asks for ``--reset``), migrate, load the
   demo site (locales, newsrooms).
2. Generate ``--articles`` import records (``news_corpus.py``: English and
   Serbian pairs, Serbian Cyrillic with declined names, places and subjects,
   one Serbian record in ten in Latin) and write them as an import file.
3. Import the first ``--sample`` records through the importer
   (``pressroom.news.importing``, what ``manage.py import_articles`` runs:
   since issue 22 new articles in bulk, the search index following
   ``articles_imported``; ``import_speed.py`` measures it): the import rate.
4. Load the other records through a faster path that writes the same page,
   article, revision and topic rows in bulk (see ``bulk_load``), since the
   Wagtail path would take an hour for 100,000 pages on this machine.
5. Rebuild the search index with the search app's ``rebuild_index()``: the
   index build rate (then, on PostgreSQL, ``VACUUM (ANALYZE)`` of its tables).
6. Query ``/api/search`` with one client (Django's test client, in process)
   with a mix of realistic queries, each several times: p50 and p95 latency.

Never part of ``make test``. Figures and how to read them: bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

TARGET_P95_MS = 30.0
SQLITE_PATH = ROOT / "var" / "bench-search.sqlite3"

# (group, q, reading language, filters): what readers of the office's site type.
QUERIES = [
    ("Latin, no diacritics", "vucetic", "sr-latn", {}),
    ("Latin, no diacritics", "djordjevic saradnja", "sr-latn", {}),
    ("Latin, no diacritics", "bezbednost nis", "sr-latn", {}),
    ("Latin, no diacritics", "civilna zastita", "sr-latn", {}),
    ("Latin, no diacritics", "zeljko cubric", "sr", {}),
    ("Latin, no diacritics", "sajber odbrana", "sr-latn", {}),
    ("Latin, no diacritics", "stipendija", "sr-latn", {}),
    ("Latin, no diacritics", "helikopter kraljevo", "sr-latn", {}),
    ("Cyrillic", "Вучетић", "sr", {}),
    ("Cyrillic", "Ђорђевић", "sr", {}),
    ("Cyrillic", "деминирање", "sr", {}),
    ("Cyrillic", "сарадња Србија", "sr", {}),
    ("Cyrillic", "Радионица", "sr", {}),
    ("Cyrillic", "Лесковац поплава", "sr", {}),
    ("inflected", "Srbiji", "sr-latn", {}),
    ("inflected", "Србијом", "sr", {}),
    ("inflected", "vežbi", "sr-latn", {}),
    ("inflected", "Петровићем", "sr", {}),
    ("inflected", "o saradnji sa Grčkom", "sr-latn", {}),
    ("inflected", "министарству одбране", "sr", {}),
    ("inflected", "Beogradu", "sr-latn", {}),
    ("English", "defence cooperation", "en", {}),
    ("English", "exercise", "en", {}),
    ("English", "flooding assistance", "en", {}),
    ("English", "Petrović", "en", {}),
    ("English", "scholarships for students", "en", {}),
    ("English", "minister signed agreement", "en", {}),
    ("English", "Belgrade", "en", {}),
    ("filtered", "saradnja", "sr-latn", {"kind": "press_release"}),
    ("filtered", "Србија", "sr", {"year": "2019"}),
    ("filtered", "security", "en", {"kind": "speech", "year": "2024"}),
    ("filtered", "vucetic", "sr-latn", {"year": "2025"}),
    ("filtered", "exercise", "en", {"kind": "news"}),
    ("filtered", "обука", "sr", {"kind": "interview"}),
    ("paged", "cooperation", "en", {"page": "5"}),
    ("paged", "безбедност", "sr", {"page": "3"}),
    # No page has every word: the fallback ranks the pages with most of them.
    ("fallback", "saradnja vucetic kvokazz", "sr-latn", {}),
    ("fallback", "defence cooperation quokkazz", "en", {}),
    # Nothing found: did you mean.
    ("did you mean", "Belgrdae", "en", {}),
]


def setup_django(args, fresh=True):
    """Point Django at the benchmark database, and empty and migrate it if fresh."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings.test")
    os.environ["SEARCH_RATE_LIMIT_PER_MINUTE"] = "0"
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # not a line per imported page
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{SQLITE_PATH}"
    import django

    django.setup()
    from django.db import connection

    if not fresh:
        return connection
    if connection.vendor == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(f"{connection.settings_dict['NAME']}{suffix}").unlink(missing_ok=True)
    else:
        if not args.reset:
            sys.exit(
                f"This empties the database {connection.settings_dict['NAME']}: "
                "run again with --reset to go ahead."
            )
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from pressroom.demo.loader import load_demo

    load_demo()
    return connection


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start


def bulk_load(raw_records, importer):
    """Write the rows the importer would for new articles, in bulk; return a count.

    Each record goes through the importer's own validation, conversion and
    body cleaning (``parse_record``) and topic lookup. Then per batch: page
    rows with their tree paths and URL paths computed (live, published now,
    no unpublished changes), the article rows, one revision per page holding
    the page as Wagtail serialises it (latest and live revision), and the
    topic links. Not written, unlike a Wagtail publish: the audit log entries,
    Wagtail's admin search and reference index entries, and the reader search
    index (rebuilt afterwards, as the next step measures).
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone

    from wagtail.models import Page, Revision

    from pressroom.news.importing import parse_record
    from pressroom.news.models import ArticlePage

    article_type = ContentType.objects.get_for_model(ArticlePage)
    page_type = ContentType.objects.get_for_model(Page)
    topic_link = ArticlePage.topics.through
    now = timezone.now()
    count = 0
    for start in range(0, len(raw_records), 2000):
        batch = [parse_record(raw) for raw in raw_records[start : start + 2000]]
        with transaction.atomic():
            pages, topics = [], []
            for language in {record.locale for record in batch}:
                newsroom = importer._newsroom(language)
                newsroom.refresh_from_db()
                last = newsroom.get_last_child()
                step = Page._str2int(last.path[-Page.steplen :]) if last else 0
                mine = [record for record in batch if record.locale == language]
                for record in mine:
                    step += 1
                    page = ArticlePage(
                        title=record.title,
                        draft_title=record.title,
                        slug=record.slug,
                        locale=importer.locales[language],
                        translation_key=record.translation_key,
                        content_type=article_type,
                        path=Page._get_path(newsroom.path, newsroom.depth + 1, step),
                        depth=newsroom.depth + 1,
                        numchild=0,
                        url_path=f"{newsroom.url_path}{record.slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                        live_revision=None,
                        lead=record.lead,
                        date=record.date,
                        kind=record.kind,
                        body=record.body,
                    )
                    pages.append(page)
                    topics.append(
                        [importer._topic(language, name) for name in record.topics]
                    )
                Page.objects.filter(pk=newsroom.pk).update(
                    numchild=newsroom.numchild + len(mine)
                )
            # Multi-table inheritance: the page rows first (ids come back),
            # then the article rows that point at them.
            bases = Page.objects.bulk_create([Page(**_base_fields(p)) for p in pages])
            for page, base in zip(pages, bases, strict=True):
                page.pk = page.page_ptr_id = base.pk
            ArticlePage._base_manager._insert(
                pages, fields=ArticlePage._meta.local_concrete_fields
            )
            links = []
            for page, chosen in zip(pages, topics, strict=True):
                page.topics.set(chosen)
                links += [topic_link(articlepage_id=page.pk, topic=t) for t in chosen]
            topic_link.objects.bulk_create(links)
            revisions = Revision.objects.bulk_create(
                Revision(
                    content_type=article_type,
                    base_content_type=page_type,
                    object_id=str(page.pk),
                    object_str=page.title,
                    content=page.serializable_data(),
                    created_at=now,
                )
                for page in pages
            )
            for page, revision in zip(pages, revisions, strict=True):
                page.latest_revision_id = page.live_revision_id = revision.pk
            Page.objects.bulk_update(
                pages, ["latest_revision", "live_revision"], batch_size=500
            )
        count += len(pages)
    return count


def _base_fields(page):
    from wagtail.models import Page

    return {
        field.attname: getattr(page, field.attname)
        for field in Page._meta.concrete_fields
        if not field.primary_key
    }


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def run_queries(rounds):
    """Each query of the mix ``rounds`` times, shuffled; per-group timings in ms:
    wall, this process's CPU, and the database server's CPU (see
    ``DatabaseCpu``), each a list with one figure per query."""
    from django.test import Client

    client = Client()
    totals = {}
    for _group, q, lang, filters in QUERIES:  # warm up, and see what they find
        response = client.get("/api/search", {"q": q, "lang": lang, **filters})
        assert response.status_code == 200, response.content
        totals[(q, lang, tuple(filters.items()))] = response.json()["total"]
    plan = QUERIES * rounds
    random.Random(7).shuffle(plan)
    database_cpu = DatabaseCpu()
    timings, cpu_timings, db_timings = {}, {}, {}
    for group, q, lang, filters in plan:
        db_start = database_cpu.seconds()
        start, cpu_start = time.perf_counter(), time.process_time()
        response = client.get("/api/search", {"q": q, "lang": lang, **filters})
        cpu = (time.process_time() - cpu_start) * 1000
        elapsed = (time.perf_counter() - start) * 1000
        assert response.status_code == 200
        timings.setdefault(group, []).append(elapsed)
        cpu_timings.setdefault(group, []).append(cpu)
        if db_start is not None:
            db = (database_cpu.seconds() - db_start) * 1000
            db_timings.setdefault(group, []).append(db)
    return timings, cpu_timings, db_timings, totals


class DatabaseCpu:
    """CPU time of the PostgreSQL server process serving this connection,
    read from /proc when the server runs on this machine (None otherwise).

    The kernel counts it in clock ticks (10 ms), so a single query reads 0 or
    10 ms; the mean over many queries is exact enough. Unlike wall time, it
    does not grow when other work on the machine takes the cores.
    """

    def __init__(self):
        from django.db import connection

        self.stat = None
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                stat = Path(f"/proc/{cursor.fetchone()[0]}/stat")
            if stat.exists():
                self.stat = stat

    def seconds(self):
        if self.stat is None:
            return None
        fields = self.stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument(
        "--sample", type=int, default=2000, help="records through the importer"
    )
    parser.add_argument("--rounds", type=int, default=10, help="times each query")
    parser.add_argument(
        "--reset", action="store_true", help="allow emptying a PostgreSQL database"
    )
    parser.add_argument(
        "--queries-only",
        action="store_true",
        help="only time the queries, on the database a previous run loaded",
    )
    args = parser.parse_args(argv)
    if args.queries_only:
        return query_phase(setup_django(args, fresh=False), args)

    with Timer() as setup:
        connection = setup_django(args)
    from wagtail.models import Page

    from news_corpus import records

    from pressroom.news.importing import ArticleImporter, read_records
    from pressroom.news.models import ArticlePage
    from pressroom.search.index import rebuild_index
    from pressroom.search.models import SearchEntry

    print(
        f"Reader search at scale: {connection.vendor} {_version(connection)}, "
        f"Python {sys.version.split()[0]}, {args.articles:,} articles"
    )
    print(f"  fresh database, migrated, demo loaded in {setup.seconds:.0f} s")
    path = ROOT / "var" / f"bench-articles-{connection.vendor}.json"
    with Timer() as generate:
        path.write_text(
            json.dumps(list(records(args.articles)), ensure_ascii=False),
            encoding="utf-8",
        )
        raw = read_records(path)
    print(
        f"  generated {len(raw):,} records ({path.stat().st_size / 1e6:.0f} MB JSON) "
        f"in {generate.seconds:.0f} s"
    )
    importer = ArticleImporter()
    sample = min(args.sample, len(raw))
    with Timer() as imported:
        report = importer.run(raw[:sample])
    assert report.ok and report.created == sample, report.failures[:5]
    import_rate = sample / imported.seconds
    print(
        f"  importer: {sample:,} records in {imported.seconds:.1f} s "
        f"= {import_rate:.1f} articles/s (search index following articles_imported)"
    )
    with Timer() as bulk:
        loaded = bulk_load(raw[sample:], importer)
    print(
        f"  bulk path: {loaded:,} records in {bulk.seconds:.0f} s "
        f"= {loaded / max(bulk.seconds, 1e-9):.0f} articles/s"
    )
    live = ArticlePage.objects.live().count()
    problems = [len(found) for found in Page.find_problems()]
    print(f"  live articles: {live:,}; tree problems (treebeard): {sum(problems)}")
    with Timer() as build:
        indexed = rebuild_index()
    build_rate = indexed / build.seconds
    print(
        f"  index build: {indexed:,} pages in {build.seconds:.0f} s "
        f"= {build_rate:.0f} pages/s"
    )
    assert SearchEntry.objects.count() == indexed
    if connection.vendor == "postgresql":
        # What autovacuum does minutes later (the visibility map, the
        # planner's statistics): measured without it, the queries ran on a
        # table the planner knew nothing of.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE) search_searchentry, search_entry_ranking")
    return query_phase(connection, args)


def query_phase(connection, args):
    """Time the query mix and print the table; exit status 1 if over target."""
    from pressroom.search.models import SearchEntry

    print(f"Queries on {connection.vendor}: {SearchEntry.objects.count():,} entries")
    load_before = os.getloadavg()
    timings, cpu_timings, db_timings, totals = run_queries(args.rounds)
    load_after = os.getloadavg()
    print()
    header = (
        f"{'queries':22} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"
        f" {'cpu p50':>8} {'cpu p95':>8} {'db cpu':>8}"
    )
    print(header)
    print("-" * len(header))
    everything, everything_cpu = [], []
    for group, values in timings.items():
        everything += values
        everything_cpu += cpu_timings[group]
        print(
            f"{group:22} {len(values):5} "
            + _figures(values, cpu_timings[group], db_timings.get(group))
        )
    everything_db = [ms for values in db_timings.values() for ms in values]
    p95 = percentile(everything, 0.95)
    print(
        f"{'all':22} {len(everything):5} "
        + _figures(everything, everything_cpu, everything_db)
    )
    print()
    print(
        "cpu: this process's CPU time per query, which leaves out waiting for a"
        " core; on SQLite it includes the database, on PostgreSQL not.\n"
        "db cpu: the mean CPU time per query of the PostgreSQL server process"
        " (local servers only). On an idle machine, wall time is about cpu +"
        " db cpu."
    )
    print(
        f"target p95 <= {TARGET_P95_MS:g} ms: {'yes' if p95 <= TARGET_P95_MS else 'NO'}"
    )
    print(
        "load average (1, 5, 15 min) before queries: "
        + " ".join(f"{x:.2f}" for x in load_before)
        + "; after: "
        + " ".join(f"{x:.2f}" for x in load_after)
    )
    print("results found per query (the mix's selectivity):")
    for (q, lang, filters), total in totals.items():
        extra = " ".join(f"{k}={v}" for k, v in filters)
        print(f"  {total:6,}  {lang:7} {q} {extra}")
    return 0 if p95 <= TARGET_P95_MS else 1


def _figures(wall, cpu, database=None):
    return (
        f"{statistics.median(wall):8.1f} {percentile(wall, 0.95):8.1f} "
        f"{max(wall):8.1f} {statistics.median(cpu):8.1f} {percentile(cpu, 0.95):8.1f}"
        + (f" {statistics.mean(database):8.1f}" if database else f" {'-':>8}")
    )


def _version(connection):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT sqlite_version()")
        else:
            cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


if __name__ == "__main__":
    raise SystemExit(main())
