"""Lighthouse's four scores on home, newsroom, an article and a content page,
in each reading language, against a running site (``make run``).

Lighthouse (npm, pinned here) is installed on first use into
``var/lighthouse`` and drives Debian's Chromium (``CHROME_PATH``). The pages
are found on the site itself: the home page, the newsroom and its first
article, and the first content page of the menu, in English, then the same
pages through the language switcher in Serbian Cyrillic and Latin. Each
page's report is written to ``test-artifacts/lighthouse/``.

    make run    # in another terminal
    .venv/bin/python bench/lighthouse.py [--site http://127.0.0.1:8000]

The search page is left out: it is ``noindex`` on purpose, which costs it SEO
points.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
LIGHTHOUSE_VERSION = "12.8.2"
INSTALL_DIR = BASE_DIR / "var" / "lighthouse"
REPORTS = BASE_DIR / "test-artifacts" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LANGUAGES = ("en", "sr", "sr-latn")


class Links(HTMLParser):
    """The links of a page, each with the classes of the elements around it."""

    def __init__(self):
        super().__init__()
        self.links, self.classes = [], []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.classes.append(attributes.get("class") or tag)
        if tag == "a" and attributes.get("href"):
            self.links.append((attributes["href"], " ".join(self.classes)))

    def handle_endtag(self, tag):
        if self.classes:
            self.classes.pop()


def links_of(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (our site)
        parser = Links()
        parser.feed(response.read().decode())
    return parser.links


def first_link(links, pattern):
    return next(href for href, where in links if re.search(pattern, where))


def pages_to_measure(site):
    """{name: {language: url}} of the four page types."""
    home = links_of(f"{site}/en/")
    menu = [href for href, where in home if "main-nav" in where]
    newsroom = next(href for href in menu if "newsroom" in href)
    others = ("contact", "inquir", "kontakt", "upiti")
    content = next(
        href
        for href in menu
        if href != newsroom and not any(word in href for word in others)
    )
    article = first_link(links_of(urljoin(site, newsroom)), r"card__title")
    pages = {}
    for name, path in (
        ("home", "/en/"),
        ("newsroom", newsroom),
        ("article", article),
        ("content page", content),
    ):
        pages[name] = {"en": urljoin(site, path)}
        for href, where in links_of(urljoin(site, path)):
            if "language-switcher" in where:
                destination = parse_qs(urlsplit(href).query)["next"][0]
                language = destination.split("/")[1]
                pages[name][language] = urljoin(site, destination)
    return pages


def lighthouse():
    binary = INSTALL_DIR / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(  # noqa: S603 (fixed argv)
            [  # noqa: S607 (npm from PATH, as make test uses it)
                "npm",
                "install",
                "--prefix",
                str(INSTALL_DIR),
                "--no-audit",
                "--no-fund",
                f"lighthouse@{LIGHTHOUSE_VERSION}",
            ],
            check=True,
        )
    return binary


def command(binary, url, report):
    return [
        str(binary),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]


def chrome():
    """The environment with Debian's Chromium for Lighthouse, unless told."""
    return {
        **os.environ,
        "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium"),
    }


def measure(binary, url, name):
    REPORTS.mkdir(parents=True, exist_ok=True)
    report = REPORTS / f"{name}.json"
    # Lighthouse sometimes fails to record a trace on a busy machine
    # (NO_NAVSTART): a page is tried up to three times.
    for attempt in range(3):
        done = subprocess.run(  # noqa: S603 (fixed argv)
            command(binary, url, report), check=attempt == 2, env=chrome()
        )
        if done.returncode == 0:
            break
    data = json.loads(report.read_text())
    scores = {key: round(data["categories"][key]["score"] * 100) for key in CATEGORIES}
    failing = {
        key: [
            audit["id"]
            for audit in data["categories"][key]["auditRefs"]
            if audit["weight"] and (data["audits"][audit["id"]]["score"] or 0) < 1
        ]
        for key in CATEGORIES
    }
    return scores, failing


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default="http://127.0.0.1:8000")
    site = parser.parse_args().site.rstrip("/")
    binary = lighthouse()
    print(f"{'page':<14} {'language':<8} " + " ".join(f"{c:>14}" for c in CATEGORIES))
    below = []
    for name, urls in pages_to_measure(site).items():
        for language in LANGUAGES:
            report = f"{name}-{language}".replace(" ", "-")
            scores, failing = measure(binary, urls[language], report)
            row = " ".join(f"{scores[c]:>14}" for c in CATEGORIES)
            print(f"{name:<14} {language:<8} {row}", flush=True)
            below += [
                f"{name} {language} {c}: {', '.join(failing[c])}"
                for c in CATEGORIES
                if scores[c] < 100
            ]
    if below:
        print("\nBelow 100:\n" + "\n".join(below))
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
