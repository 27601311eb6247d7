"""Benchmark the Serbian script engine (Cyrillic -> Latin), with cyrtranslit alongside.

Run from the repository root with the project's virtualenv:

    python bench/transliteration.py [--mb 10] [--page-runs 300]

Measures, on one core and in one run: plain-text MB/s (bytes of UTF-8 input
per second), HTML MB/s, the median time to convert a ~60 KB article page, and
the same plain-text figure for ``cyrtranslit.to_latin(text, "sr")``, which has
no HTML mode. Never part of ``make test``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pressroom.serbian.script import html_to_latin, to_latin  # noqa: E402

TARGET_TEXT_MBS = 50.0
TARGET_HTML_MBS = 20.0
TARGET_PAGE_MS = 1.0

NAMES = [
    "Љубица Јовановић", "Ђорђе Његош", "Џорџ Вашингтон", "Жељко Шаковић",
    "Ћирило Чолић", "Драгиња Љубичић", "Миљан Џаферовић", "Ђурђица Ћурчић",
    "Њежана Жарковић", "Јелена Шљиванчанин", "Бранко Ђурић", "Часлав Њемчевић",
]  # fmt: skip
PLACES = [
    "Београду", "Нишу", "Новом Саду", "Крагујевцу", "Чачку", "Ужицу",
    "Љубљани", "Подгорици", "Шапцу", "Ђаковици", "Зајечару", "Пожаревцу",
]  # fmt: skip
# (template, weight): every kind of sentence occurs, URLs, e-mails and
# all-caps phrases about as rarely as in real news copy.
SENTENCES = [
    ("{name} је у {place} представио{a} нови извештај о јавним финансијама.", 4),
    ("Према речима {name2}, реформа ће бити завршена до {year}. године.", 4),
    ("Састанак у {place} трајао је дуже од очекиваног, а закључак је јасан.", 4),
    ("„Ово је важан дан за све грађане”, рекао{a} је {name} новинарима.", 4),
    ("Детаљи су објављени на адреси {url}, а питања се шаљу на {mail}.", 1),
    ("Часопис Foreign Policy и агенција Reuters пренели су изјаву из {place}.", 2),
    ("У XXI веку, рекао{a} је {name}, џеп пореског обвезника није бездан.", 3),
    ("Жалбе на одлуку Владе могу се поднети у року од {days} дана.", 4),
    ("Ђаци и студенти добиће стипендије од {amount} динара месечно.", 4),
    ("NATO и EU нису коментарисали; наслов је гласио: ЉУБАВ И ЏУГАЊ.", 1),
    ("Председник је у {place} честитао Ђурђевдан и Божић свим суграђанима.", 4),
    ("Пољопривредници из околине {place} жале се на суву јесен и ниске цене.", 4),
    ("Министарка {name} најавила је измене закона о јавним набавкама.", 4),
]  # fmt: skip
_TEMPLATES = [t for t, _ in SENTENCES]
_WEIGHTS = [w for _, w in SENTENCES]
URLS = ["https://www.vlada.gov.rs/vesti", "http://example.org/a?b=1", "www.rts.rs"]
MAILS = ["press@example.org", "kontakt@pressroom.rs"]


def sentence(rng: random.Random) -> str:
    """One realistic sentence of Serbian news text."""
    name = rng.choice(NAMES)
    template = rng.choices(_TEMPLATES, _WEIGHTS)[0]
    return template.format(
        name=name,
        name2=rng.choice(NAMES),
        place=rng.choice(PLACES),
        a=rng.choice(["", "ла"]),
        year=rng.randint(2024, 2030),
        url=rng.choice(URLS),
        mail=rng.choice(MAILS),
        days=rng.randint(8, 30),
        amount=rng.randint(5, 40) * 1000,
    )


def paragraph(rng: random.Random, sentences: int = 5) -> str:
    """A paragraph of several sentences."""
    return " ".join(sentence(rng) for _ in range(sentences))


def corpus(rng: random.Random, megabytes: float) -> str:
    """Plain Cyrillic text of about ``megabytes`` MB (UTF-8)."""
    target = int(megabytes * 1_000_000)
    parts, size = [], 0
    while size < target:
        p = paragraph(rng) + "\n\n"
        parts.append(p)
        size += len(p.encode())
    return "".join(parts)


HEAD = """<!DOCTYPE html>
<html lang="sr-Cyrl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Извештај о јавним финансијама — Пресрум</title>
<meta name="description" content="Љубица Јовановић представила је нови извештај.">
<meta property="og:title" content="Извештај о јавним финансијама">
<meta property="og:description" content="Ђорђе Његош о реформи пореског система.">
<meta property="og:url" content="https://pressroom.example/vesti/izvestaj/">
<meta name="twitter:title" content="Извештај о јавним финансијама">
<link rel="stylesheet" href="/static/css/site.css">
<link rel="alternate" hreflang="sr-Latn" href="/sr-latn/vesti/izvestaj/">
<style>
body { font-family: "Noto Serif", serif; } .nav a::after { content: "›"; }
.article p { margin: 0 0 1em; line-height: 1.6; } /* Ђ in CSS stays */
</style>
<script>
window.dataLayer = window.dataLayer || [];
function track(e) { dataLayer.push({event: e, label: "Вести"}); }
</script>
</head>
<body class="template-article">
<a class="skip-link" href="#main">Прескочи на садржај</a>
<header class="site-header"><nav class="nav" aria-label="Главна навигација"><ul>
"""


def page(rng: random.Random, kilobytes: int = 60) -> str:
    """A realistic article page of about ``kilobytes`` KB."""
    nav = "".join(
        f'<li class="nav__item"><a class="nav__link" href="/vesti/{i}/" '
        f'title="{rng.choice(PLACES)}">{rng.choice(PLACES)}</a></li>\n'
        for i in range(12)
    )
    body = [HEAD, nav, '</ul></nav></header>\n<main id="main" class="article">\n']
    body.append("<h1>Извештај о јавним финансијама за 2025. годину</h1>\n")
    body.append('<p class="lead"><time datetime="2025-05-06">6. мај 2025.</time></p>\n')
    size = sum(len(x.encode()) for x in body)
    target = kilobytes * 1000 - 3000
    i = 0
    while size < target:
        i += 1
        if i % 5 == 0:
            chunk = (
                f'<figure class="figure"><img src="/media/images/{i}.jpg" '
                f'alt="{rng.choice(NAMES)} у {rng.choice(PLACES)}" width="800" '
                f'height="533" loading="lazy"><figcaption>{sentence(rng)}'
                "</figcaption></figure>\n"
            )
        elif i % 7 == 0:
            chunk = f'<h2 id="section-{i}">{rng.choice(NAMES)}</h2>\n'
        else:
            words = paragraph(rng, 3).split(" ")
            k = rng.randrange(len(words) - 2)
            words[k] = f'<a href="/vesti/{i}/">{words[k]}</a>'
            words[k + 1] = f"<strong>{words[k + 1]}</strong>"
            chunk = f"<p>{' '.join(words)} <em>({rng.choice(PLACES)})</em></p>\n"
        body.append(chunk)
        size += len(chunk.encode())
    body.append(
        '</main>\n<footer class="site-footer"><p>© Пресрум · '
        '<a href="mailto:press@example.org">press@example.org</a></p>'
        '<code lang="en">build 1.2.3</code></footer>\n'
        '<script src="/static/js/site.js" defer></script>\n</body>\n</html>\n'
    )
    return "".join(body)


def throughput(func, data: str, repeat: int = 3) -> float:
    """Best-of-``repeat`` throughput in MB/s of UTF-8 input."""
    size = len(data.encode())
    best = min(_timed(func, data) for _ in range(repeat))
    return size / best / 1e6


def _timed(func, data: str) -> float:
    start = time.perf_counter()
    func(data)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="plain text size")
    parser.add_argument("--page-runs", type=int, default=300, help="page repeats")
    args = parser.parse_args(argv)

    rng = random.Random(20250506)
    text = corpus(rng, args.mb)
    article = page(rng, 60)
    html_doc = article * max(1, int(args.mb * 1_000_000 // len(article.encode())))
    page_kb = len(article.encode()) / 1000

    try:
        import cyrtranslit
    except ImportError:
        cyrtranslit = None

    rows = []
    ours_text = throughput(to_latin, text)
    ours_html = throughput(html_to_latin, html_doc)
    page_times = [_timed(html_to_latin, article) for _ in range(args.page_runs)]
    ours_page = statistics.median(page_times) * 1000
    rows.append(("plain text -> Latin, MB/s", ours_text, TARGET_TEXT_MBS, ">="))
    rows.append(("HTML -> Latin, MB/s", ours_html, TARGET_HTML_MBS, ">="))
    rows.append((f"{page_kb:.0f} KB page, median ms", ours_page, TARGET_PAGE_MS, "<="))

    if cyrtranslit is not None:

        def cyr(data: str) -> str:
            return cyrtranslit.to_latin(data, "sr")

        cyr_text = throughput(cyr, text, repeat=1)
        cyr_page = statistics.median(_timed(cyr, article) for _ in range(30)) * 1000
    print(
        f"Serbian script engine benchmark (Python {sys.version.split()[0]}, "
        f"plain text {len(text.encode()) / 1e6:.1f} MB, "
        f"HTML {len(html_doc.encode()) / 1e6:.1f} MB, page {page_kb:.1f} KB)"
    )
    print()
    header = (
        f"{'measure':34} {'pressroom':>10} {'target':>9} {'ok':>4} {'cyrtranslit':>12}"
    )
    print(header)
    print("-" * len(header))
    for label, value, target, op in rows:
        ok = value >= target if op == ">=" else value <= target
        other = ""
        if cyrtranslit is not None:
            if label.startswith("plain"):
                other = f"{cyr_text:12.1f}"
            elif "page" in label:
                other = f"{cyr_page:11.2f}*"
            else:
                other = f"{'n/a':>12}"
        print(
            f"{label:34} {value:10.2f} {op + ' ' + format(target, 'g'):>9} "
            f"{'yes' if ok else 'NO':>4} {other}"
        )
    print()
    if cyrtranslit is None:
        print("cyrtranslit is not installed: no comparison (pip install cyrtranslit).")
    else:
        print(
            "cyrtranslit has no HTML mode; * = the page converted as plain text "
            "(it also rewrites markup, scripts and URLs)."
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
