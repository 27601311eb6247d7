# ruff: noqa: S603, S310 - it runs its own servers, wrk and the repository's scripts
"""The site under load: the shipped production setup measured with wrk.

    python bench/http_load.py                 # start, load 10,000 articles, measure
    python bench/http_load.py --duration 5    # shorter runs
    python bench/http_load.py --keep          # leave the servers running afterwards

It starts deploy/serve-prod on 127.0.0.1 (ports 18080, app 18001, Redis 16380;
files under var/bench/), grows the site to --articles articles with
bench/corpus.py, and runs Debian's wrk against an article, the home page,
the newsroom index and a search, in all three reading languages:

- cached: through nginx, which sends the file Django wrote for the page on
  the first request (pressroom/pagecache/page_files.py); searches carry a
  query string, so the application answers them from Django's page cache
  in Redis (the "from" column says which: file, or the application's
  X-Page-Cache status);
- uncached: the same URLs with a session cookie, which the page files and
  the page cache let through, so every request is rendered (an unknown
  session costs one query);
- static: nginx serving a saved copy of the article as a file, the limit of
  this machine, in each language just before that language's rows; each
  cached figure is also given as its ratio to its language's copy;
- app: granian alone (no nginx), Django's page cache warm, with the site's
  own Host header (the page cache answers only for the site's address): a
  hit reads the content version (one query) and the page (one Redis round
  trip);
- single client: one connection, uncached, the article's median.

It prints requests per second, p50 and p99 latency for each, and the load
average before and after: other work on the machine skews every figure. For
the rows through nginx it also prints the CPU time nginx's workers and wrk
spent per request, which that other work skews far less, and the static
row's total of the two as a share of each cached row's ("of static by CPU":
the rate ratio the two would reach with the cores to themselves).
The database is BENCH_DATABASE_URL, else serve-prod's default.
"""

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var" / "bench"
PORT, APP_PORT, REDIS_PORT = 18080, 18001, 16380
SITE = f"http://127.0.0.1:{PORT}"
APP = f"http://127.0.0.1:{APP_PORT}"
UNCACHED_COOKIE = "Cookie: sessionid=bench-uncached"
# What nginx passes on (Host $host): the page cache answers only this host.
SITE_HOST = "Host: 127.0.0.1"
LANGUAGES = ("en", "sr", "sr-latn")


def environment():
    env = dict(os.environ)
    env.update(
        PRESSROOM_VAR=str(VAR),
        PORT=str(PORT),
        APP_PORT=str(APP_PORT),
        REDIS_PORT=str(REDIS_PORT),
        PYTHON=env.get("PYTHON", sys.executable),
        # wrk comes from one address: no rate limit, no access log.
        SEARCH_RATE_LIMIT_PER_MINUTE="0",
        # The corpus grows the demo site.
        PRESSROOM_DEMO="1",
        NGINX_ACCESS_LOG="off",
    )
    if env.get("BENCH_DATABASE_URL"):
        env["DATABASE_URL"] = env["BENCH_DATABASE_URL"]
    return env


def serve_prod(command, env):
    subprocess.run([str(ROOT / "deploy" / "serve-prod"), command], env=env, check=True)


def settings_env(env):
    """The settings serve-prod gives the site, for the corpus and the URLs."""
    secret = (VAR / "secret_key").read_text().strip()
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "pressroom.settings.production",
        "SECRET_KEY": secret,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": f"http://127.0.0.1:{PORT}",
        "DATABASE_URL": env.get(
            "DATABASE_URL", "postgres://pressroom:pressroom@127.0.0.1:5432/pressroom"
        ),
        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        # A change the corpus makes removes the page files serve-prod's
        # nginx sends.
        "PAGE_FILES_ROOT": str(VAR / "pages"),
    }


URLS_SCRIPT = """
import json
from django.utils import translation
from pressroom.news.models import ArticlePage, NewsIndexPage
urls = {}
for language in ("en", "sr", "sr-latn"):
    code = "en" if language == "en" else "sr"
    article = ArticlePage.objects.live().filter(
        locale__language_code=code, image__isnull=False
    ).order_by("-date", "-pk").first()
    newsroom = NewsIndexPage.objects.filter(locale__language_code=code, depth=3).get()
    with translation.override(language):
        urls[language] = {
            "article": article.get_url(),
            "home": f"/{language}/",
            "newsroom": newsroom.get_url(),
            "search": f"/{language}/search/?q="
            + ("exercise" if code == "en" else "vezba"),
        }
print(json.dumps(urls))
"""


def page_urls(env):
    out = subprocess.run(
        [env["PYTHON"], str(ROOT / "manage.py"), "shell", "-c", URLS_SCRIPT],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request) as response:
        return response.read()


def served_by(url):
    """Who answered ``url`` through nginx: a page file, or the application
    (with its page cache's status: hit, miss, or none when not cacheable)."""
    with urllib.request.urlopen(url) as response:
        status = response.headers.get("X-Page-Cache")
    if status is not None:
        return f"app {status}"
    path = urllib.parse.urlsplit(url)
    page_file = VAR / "pages" / path.path.lstrip("/") / "index.html"
    return "file" if not path.query and page_file.exists() else "app none"


def wrk(url, duration, connections, threads, header=None):
    """Run wrk; return (requests/s, p50 ms, p99 ms, non-2xx count, CPU µs).

    CPU µs: the CPU time nginx's workers and wrk itself spent per request
    (user and system), which other work on the machine skews far less than
    the rate.
    """
    command = ["wrk", "--latency", "-d", f"{duration}s"]
    command += ["-c", str(connections), "-t", str(min(threads, connections))]
    if header:
        command += ["-H", header]
    nginx_before, wrk_before = nginx_cpu_seconds(), children_cpu_seconds()
    out = subprocess.run(
        [*command, url], check=True, capture_output=True, text=True
    ).stdout
    nginx_spent = nginx_cpu_seconds() - nginx_before
    wrk_spent = children_cpu_seconds() - wrk_before
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = milliseconds(re.search(r"\s50%\s+([\d.]+\w+)", out).group(1))
    p99 = milliseconds(re.search(r"\s99%\s+([\d.]+\w+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    per_request = (
        nginx_spent * 1e6 / max(requests, 1),
        wrk_spent * 1e6 / max(requests, 1),
    )
    return rate, p50, p99, int(errors.group(1)) if errors else 0, per_request


def nginx_cpu_seconds():
    """CPU time (user + system) of nginx's worker processes so far."""
    master = (VAR / "nginx" / "nginx.pid").read_text().strip()
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process has ended
            continue
        if fields[1] == master:  # its parent
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def children_cpu_seconds():
    """CPU time of the finished child processes (the wrk runs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def milliseconds(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def load_average():
    return Path("/proc/loadavg").read_text().split()[:3]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--duration", type=int, default=8, help="seconds per run")
    # The same wrk settings for every row, so that the cached/static ratio is
    # fair: 16 connections per core, one wrk thread per core. wrk runs on the
    # same cores as nginx and granian and takes its share of them.
    cores = os.cpu_count() or 1
    parser.add_argument("--connections", type=int, default=16 * cores)
    parser.add_argument("--threads", type=int, default=cores)
    parser.add_argument("--keep", action="store_true", help="leave servers running")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: sudo apt-get install -y wrk")

    env = environment()
    serve_prod("start", env)
    try:
        site_env = settings_env(env)
        subprocess.run(
            [
                env["PYTHON"],
                str(ROOT / "bench" / "corpus.py"),
                "--articles",
                str(options.articles),
            ],
            env=site_env,
            check=True,
        )
        measure(options, page_urls(site_env))
    finally:
        if not options.keep:
            serve_prod("stop", env)


def measure(options, urls):
    before = load_average()
    run = lambda url, header=None, connections=options.connections: wrk(  # noqa: E731
        url, options.duration, connections, options.threads, header
    )
    # The saved copy of each language's article nginx serves as a static
    # file: the machine's limit, measured just before that language's rows.
    static_dir = Path(os.environ.get("STATIC_ROOT", ROOT / "static_collected"))
    (static_dir / "bench").mkdir(parents=True, exist_ok=True)
    rows, origin, static = [], {}, {}
    for language in LANGUAGES:
        copy = static_dir / "bench" / f"article-{language}.html"
        copy.write_bytes(fetch(SITE + urls[language]["article"]))
        static[language] = run(f"{SITE}/static/bench/{copy.name}")
        rows.append(
            ("static copy of the article", language, "nginx file", static[language])
        )
        for name, path in urls[language].items():
            fetch(SITE + path)  # fill the caches
            origin[name, language] = served_by(SITE + path)
            rows.append((name, language, "cached", run(SITE + path)))
            rows.append((name, language, "uncached", run(SITE + path, UNCACHED_COOKIE)))
            # granian finishes the renders wrk left in flight before the next row
            time.sleep(2)
    for language in LANGUAGES:
        path = urls[language]["article"]
        fetch(APP + path, {"Host": SITE_HOST.split(": ")[1]})
        rows.append(
            ("article", language, "app alone, warm", run(APP + path, SITE_HOST))
        )
    single = run(SITE + urls["en"]["article"], UNCACHED_COOKIE, connections=1)
    rows.append(("article", "en", "uncached, 1 client", single))
    after = load_average()

    print()
    print(
        f"{options.articles}+ articles; wrk {options.duration}s, "
        f"{options.connections} connections, {options.threads} threads"
    )
    print(
        f"load average before: {' '.join(before)}; after: {' '.join(after)} "
        f"({os.cpu_count()} cores)"
    )
    print()
    print(
        f"{'page':28} {'lang':8} {'mode':20} {'from':12} {'req/s':>9} {'p50 ms':>8} "
        f"{'p99 ms':>8} {'of static':>9} {'errors':>6} "
        f"{'CPU µs/req: nginx, wrk':>23} {'of static by CPU':>16}"
    )
    for name, language, mode, (rate, p50, p99, errors, cpu) in rows:
        limit = static[language]
        ratio = f"{rate / limit[0]:.0%}" if mode == "cached" else ""
        cpu_text = cpu_ratio = ""
        if mode in ("cached", "nginx file"):
            cpu_text = f"{cpu[0]:11.1f} {cpu[1]:11.1f}"
        if mode == "cached":
            cpu_ratio = f"{sum(limit[4]) / sum(cpu):.0%}"
        print(
            f"{name:28} {language:8} {mode:20} "
            f"{origin.get((name, language), '') if mode == 'cached' else '':12} "
            f"{rate:9.0f} {p50:8.2f} "
            f"{p99:8.2f} {ratio:>9} {errors:6} {cpu_text:>23} {cpu_ratio:>16}"
        )
    print()
    print(
        "Target (issue 18): cached article >= 80% of static with p99 <= 10 ms. "
        "(The render's: bench/page_render.py --unseen-only.)"
    )


if __name__ == "__main__":
    main()
