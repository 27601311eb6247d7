"""Uncached search page time on the demo, in process: the reader's search.

    python bench/search_page.py                 # SQLite: var/bench-search-page/
    DATABASE_URL=postgres://user:pass@127.0.0.1:5432/pressroom_search_page \\
        python bench/search_page.py             # PostgreSQL (that database)
    python bench/search_page.py --rounds 20     # more samples
    python bench/search_page.py --profile       # cProfile of one round

It prepares the production-like site of bench/page_render.py (production
settings, the cached template loader, hashed static files) on its own
database holding the demo only (migrated and loaded on the first run, kept
for the next), with the page cache and the search rate limit off, so that
every request is a search and a render. One client (Django's request
handler in this process, through the whole middleware chain) then asks
/<language>/search/?q=… (en, sr, sr-latn) for every query of the relevance set
(pressroom/search/tests/relevance_set.py: 115 different queries in en, sr
and sr-latn, as readers type them, most finding a few pages), common words
(ten results on the page) and misspellings (did you mean),
after a warm-up round, in a shuffled order each round.

Each query is put in a kind by what the reader gets: pages with every word
("found"), the pages with most of the words ("fallback"), or a suggestion
("did you mean"). It prints the median and p95 in milliseconds per kind,
per reading language and for all, the CPU time, and the load average
before and after. The exit status is 1 when the median of all is above the
15 ms target (issue 20).
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var" / "bench-search-page"
TARGET_MS = 15
# Common words, whose page shows ten results (the relevance set's queries
# mostly find a few pages), and searches no page has every word of.
COMMON = [
    ("en", "exercise"),
    ("en", "flood rescue"),
    ("en", "Holmgren"),
    ("en", "munitions disposal project"),
    ("en", "Belgrade"),
    ("sr", "Вучетић"),
    ("sr", "поплаве у западној Србији"),
    ("sr", "сарадња"),
    ("sr", "Београд"),
    ("sr-latn", "medjunarodni"),
    ("sr-latn", "mladi lideri"),
    ("sr-latn", "saradnja"),
    ("en", "flood rescue exercise in Bosnia"),
    ("sr", "вежба Дрински штит у Босни"),
    ("sr-latn", "konkurs za stipendiju Mladi lideri"),
]
# Misspellings, whose page offers a near spelling (did you mean).
MISSPELLED = [
    ("en", "Holmgrem"),
    ("en", "exersises"),
    ("sr", "Вучетц"),
    ("sr", "безбедонст"),
    ("sr-latn", "strpljenjx"),
    ("sr-latn", "Beogrda"),
]


def configure():
    VAR.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{VAR / 'pressroom.sqlite3'}")
    os.environ.setdefault("CACHE_DIR", str(VAR / "cache"))
    os.environ["SEARCH_RATE_LIMIT_PER_MINUTE"] = "0"
    sys.path.insert(0, str(ROOT / "bench"))
    import page_render

    page_render.configure()
    return page_render


def queries():
    """(reading language, query): the relevance set's, common words and
    misspellings, each once."""
    from pressroom.search.tests.relevance_set import cases

    found = {(language, query) for _kind, language, query, _title in cases()}
    return sorted(found | set(COMMON) | set(MISSPELLED))


def kind_of(language, query):
    """What the reader gets: found, fallback, did you mean, or nothing."""
    from pressroom.search.query import SearchRequest, search

    result = search(SearchRequest.from_params({"q": query}, language))
    if result.partial:
        return "fallback"
    if result.suggestion:
        return "did you mean"
    return "found" if result.total else "nothing"


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def url(language, query):
    return f"/{language}/search/?{urlencode({'q': query})}"


def profile(client, requests):
    """Print the cProfile of one round of the mix."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _kind, _language, address in requests:
        client.get(address, secure=True)
    profiler.disable()
    output = VAR / "search_page.prof"
    profiler.dump_stats(output)
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(50)
    stats.sort_stats("tottime").print_stats(30)
    print(f"{len(requests)} requests; profile saved to {output}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--profile", action="store_true", help="cProfile one round")
    args = parser.parse_args()
    page_render = configure()
    page_render.prepare(0)  # the demo only

    from django.db import connection
    from django.test import Client
    from django.utils import translation

    client = Client()
    requests = []
    for language, query in queries():
        with translation.override(language):
            kind = kind_of(language, query)
        requests.append((kind, language, url(language, query)))
    for _kind, _language, address in requests:  # warm-up
        response = client.get(address, secure=True)
        assert response.status_code == 200, (address, response.status_code)
    if args.profile:
        profile(client, requests)
        return 0
    load_before = page_render.load_average()
    times, cpu = {}, {}
    for _round in range(args.rounds):
        random.shuffle(requests)
        for kind, language, address in requests:
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(address, secure=True)
            elapsed = (time.perf_counter() - started) * 1000
            used = (time.process_time() - cpu_started) * 1000
            assert response.status_code == 200, address
            for group in (kind, language, "all"):
                times.setdefault(group, []).append(elapsed)
                cpu.setdefault(group, []).append(used)
    load_after = page_render.load_average()
    every = times["all"]
    print(
        f"search page, uncached, demo on {connection.vendor}, "
        f"{len(requests)} queries × {args.rounds} rounds (ms):"
    )
    print(f"  {'':14} {'median':>7} {'p95':>7} {'cpu med':>8} {'cpu p95':>8}  requests")
    groups = ["found", "fallback", "did you mean", "nothing", "en", "sr", "sr-latn"]
    for group in [group for group in groups if group in times] + ["all"]:
        values = times[group]
        print(
            f"  {group:14} {statistics.median(values):7.1f}"
            f" {percentile(values, 0.95):7.1f}"
            f" {statistics.median(cpu[group]):8.1f}"
            f" {percentile(cpu[group], 0.95):8.1f}  {len(values)}"
        )
    print("cpu: this process's CPU time (on PostgreSQL the server's is not in it)")
    print(f"load average before: {load_before}; after: {load_after}")
    return 1 if statistics.median(every) > TARGET_MS else 0


if __name__ == "__main__":
    sys.exit(main())
