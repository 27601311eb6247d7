"""Benchmark ``manage.py import_articles`` on a generated archive: first run and re-run.

    python bench/import_speed.py                      # SQLite, 20,000 articles
    DATABASE_URL=postgres://…/pressroom_import_bench \\
        python bench/import_speed.py --reset          # PostgreSQL (emptied first)

1. An empty database is migrated and given an empty site with
   ``setup_site --noinput``, as a real office starts (no demo).
2. ``--articles`` records are generated (``news_corpus.py``: English and
   Serbian Cyrillic pairs sharing a translation key, one Serbian record in ten
   in Latin script, topics, four or five paragraphs with a heading) and
   written as an import file.
3. ``import_articles`` imports the file (first run), then imports it again
   (re-run), each timed as a whole: wall-clock seconds and this process's
   CPU seconds (on PostgreSQL the server's work is not in the latter).
4. The result is checked: the page tree as treebeard's ``find_problems``
   checks it (and Wagtail's ``fixtree`` with ``--fixtree``), every
   article's ``url_path``, its one revision (latest and live), its reader
   search entry and Wagtail's admin search entry, a few reader searches
   through ``/api/search``; the re-run changed no row.

Target (issue 22): at least 100 articles a second on SQLite and PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

TARGET_PER_SECOND = 100
SQLITE_PATH = ROOT / "var" / "bench-import.sqlite3"
ADMIN_PASSWORD = "bench-import-not-a-real-password"  # noqa: S105


def setup_django(args):
    """Point Django at an empty benchmark database and give it an empty site."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings.dev")
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ["SEARCH_RATE_LIMIT_PER_MINUTE"] = "0"
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{SQLITE_PATH}"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

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
    call_command("migrate", verbosity=0)
    os.environ["DJANGO_SUPERUSER_PASSWORD"] = ADMIN_PASSWORD
    call_command(
        "setup_site",
        "--noinput",
        "--name-en=Benchmark Office",
        "--name-sr=Канцеларија за војну везу",
        "--admin-username=bench",
        "--admin-email=bench@example.org",
        stdout=StringIO(),
    )
    return connection


def timed_import(path):
    """Run ``import_articles`` on ``path``; return (summary line, wall s, CPU s)."""
    from django.core.management import call_command

    out = StringIO()
    wall, cpu = time.perf_counter(), time.process_time()
    call_command("import_articles", str(path), stdout=out, stderr=StringIO())
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return out.getvalue().strip(), wall, cpu


def counts():
    """Rows an import writes, by table: a re-run must leave them all as they are."""
    from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
    from wagtail.search.models import IndexEntry

    from pressroom.news.models import ArticlePage, Topic
    from pressroom.rendercache.reuse import current_version
    from pressroom.search.models import SearchEntry

    return {
        "pages": Page.objects.count(),
        "articles": ArticlePage.objects.count(),
        "topics": Topic.objects.count(),
        "revisions": Revision.objects.count(),
        "audit log entries": PageLogEntry.objects.count(),
        "reference index rows": ReferenceIndex.objects.count(),
        "reader search entries": SearchEntry.objects.count(),
        "admin search entries": IndexEntry.objects.count(),
        "content version": current_version(),
    }


def tree_problems():
    """(passed, detail): treebeard's ``find_problems`` checks, done in one pass.

    Paths in the alphabet and of whole steps, depth = steps, no orphan, and
    ``numchild`` = the children counted. (``find_problems`` counts children
    with a self-join on ``path LIKE``, which takes long beyond a few thousand
    pages on SQLite; ``--fixtree`` runs Wagtail's ``fixtree`` as well.)
    """
    from collections import Counter

    from wagtail.models import Page

    rows = list(Page.objects.values_list("pk", "path", "depth", "numchild"))
    steplen, alphabet = Page.steplen, set(Page.alphabet)
    paths = {path for _pk, path, _depth, _numchild in rows}
    children = Counter(path[:-steplen] for _pk, path, _d, _n in rows)
    problems = {"alphabet": [], "path": [], "depth": [], "orphan": [], "numchild": []}
    for pk, path, depth, numchild in rows:
        if not set(path) <= alphabet:
            problems["alphabet"].append(pk)
        if len(path) % steplen:
            problems["path"].append(pk)
        if len(path) != depth * steplen:
            problems["depth"].append(pk)
        if depth > 1 and path[:-steplen] not in paths:
            problems["orphan"].append(pk)
        if numchild != children.get(path, 0):
            problems["numchild"].append(pk)
    bad = {name: pks[:5] for name, pks in problems.items() if pks}
    return not bad, f"{len(rows):,} pages, problems: {bad or 'none'}"


def check(records, fixtree=False):
    """Every check of step 4; return a list of (check, passed, detail)."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db.models import Count, F
    from django.test import Client

    from wagtail.models import Page, Revision
    from wagtail.search.models import IndexEntry

    from pressroom.news.models import ArticlePage, NewsIndexPage
    from pressroom.search.models import SearchEntry

    results = [("page tree", *tree_problems())]
    if fixtree:
        out = StringIO()
        call_command("fixtree", "--noinput", stdout=out)
        text = out.getvalue()
        results.append(
            (
                "fixtree",
                text.count("No problems found") == 2,
                " ".join(text.split())[:120],
            )
        )
    articles = ArticlePage.objects.all()
    total = articles.count()
    results.append(("articles imported", total == len(records), f"{total:,}"))
    newsrooms = {
        room.pk: room for room in NewsIndexPage.objects.filter(depth=3).order_by("pk")
    }
    bad_numchild = [
        room.pk
        for room in newsrooms.values()
        if room.numchild != room.get_children().count()
    ]
    results.append(("newsroom numchild", not bad_numchild, str(bad_numchild)))
    bad_url = 0
    for room in newsrooms.values():
        bad_url += (
            ArticlePage.objects.child_of(room)
            .exclude(url_path=_concat(room.url_path, F("slug"), "/"))
            .count()
        )
    results.append(("url_path = newsroom's + slug", bad_url == 0, f"{bad_url} wrong"))
    page_type = ContentType.objects.get_for_model(Page)
    one_revision = (
        Revision.objects.filter(base_content_type=page_type)
        .values("object_id")
        .annotate(n=Count("pk"))
        .filter(n=1)
        .count()
    )
    live = articles.filter(
        live=True,
        has_unpublished_changes=False,
        live_revision__isnull=False,
        latest_revision=F("live_revision"),
    ).count()
    results.append(
        (
            "one revision each, latest = live",
            live == total and one_revision >= total,
            f"{live:,} live with their revision",
        )
    )
    entries = SearchEntry.objects.filter(page__in=articles).count()
    results.append(("reader search entries", entries == total, f"{entries:,}"))
    admin = IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(ArticlePage)
    ).count()
    results.append(("admin search entries", admin == total, f"{admin:,}"))
    client = Client()
    found = 0
    probes = [records[0], records[1], records[len(records) // 2], records[-1]]
    for record in probes:
        lang = "en" if record["locale"] == "en" else "sr"
        response = client.get(
            "/api/search", {"q": record["title"], "lang": lang}, HTTP_HOST="localhost"
        )
        titles = [hit["title"] for hit in response.json().get("results", [])]
        page = ArticlePage.objects.get(
            locale__language_code=record["locale"],
            translation_key=_key(record["translation_key"]),
        )
        found += page.title in titles
    results.append(
        ("imported titles found by /api/search", found == len(probes), f"{found}/4")
    )
    return results


def _concat(*parts):
    from django.db.models import CharField, Value
    from django.db.models.functions import Concat

    return Concat(
        *(Value(p) if isinstance(p, str) else p for p in parts),
        output_field=CharField(),
    )


def _key(key):
    from pressroom.news.importing import translation_key_for

    return translation_key_for(key)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument(
        "--reset", action="store_true", help="empty the PostgreSQL database first"
    )
    parser.add_argument(
        "--fixtree", action="store_true", help="run Wagtail's fixtree too (slow)"
    )
    parser.add_argument(
        "--check-only",
        action="store_true",
        help="only check the database a run left (no import)",
    )
    args = parser.parse_args(argv)
    from news_corpus import records as generate

    records = list(generate(args.articles))
    if args.check_only:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings.dev")
        os.environ["SEARCH_RATE_LIMIT_PER_MINUTE"] = "0"
        if not os.environ.get("DATABASE_URL"):
            os.environ["DATABASE_URL"] = f"sqlite:///{SQLITE_PATH}"
        import django

        django.setup()
        return report_checks(check(records, args.fixtree))
    connection = setup_django(args)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "archive.json"
        path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        size = path.stat().st_size
        load = os.getloadavg()[0]
        first = timed_import(path)
        before = counts()
        load_between = os.getloadavg()[0]
        again = timed_import(path)
        after = counts()
    vendor = connection.vendor
    print(
        f"\nimport_articles on {vendor}: {len(records):,} records "
        f"({size / 1e6:.1f} MB), 2 languages"
    )
    print("| run | summary | wall s | articles/s | CPU s (this process) |")
    print("| --- | --- | --- | --- | --- |")
    for name, (summary, wall, cpu) in (("first", first), ("re-run", again)):
        print(
            f"| {name} | {summary.split(' in ')[0]} | {wall:.1f} | "
            f"{len(records) / wall:,.0f} | {cpu:.1f} "
            f"({len(records) / cpu:,.0f}/s) |"
        )
    print(f"load average (1 min) before each run: {load:.1f}, {load_between:.1f}")
    changed = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
    for name, (_summary, wall, _cpu) in (("first run", first), ("re-run", again)):
        rate = len(records) / wall
        verdict = "met" if rate >= TARGET_PER_SECOND else "MISSED"
        print(f"target {TARGET_PER_SECOND}/s, {name}: {verdict} ({rate:,.0f}/s wall)")
    results = check(records, args.fixtree)
    results.append(("re-run changed no row", not changed, str(changed or "")))
    return report_checks(results)


def report_checks(results):
    print("\n| check | passed | detail |\n| --- | --- | --- |")
    for name, passed, detail in results:
        print(f"| {name} | {'yes' if passed else 'NO'} | {detail} |")
    return 0 if all(passed for _, passed, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
