"""Two versions of the code timed alternately: ``page_render.py --unseen-only``.

    python bench/render_side_by_side.py --old ../pressroom-old \\
        --old-database postgres://…/pressroom_bench_old \\
        --new-database postgres://…/pressroom_bench_new --pairs 6

On a machine that other work shares, one run of each says little: the host's
speed changes by half within minutes. This runs ``bench/page_render.py
--unseen-only`` in this tree and in ``--old`` (a second worktree of an
earlier commit, with its own database built the same way; ``--new`` names
another tree than this one), pair by pair,
alternating which goes first, and prints each run's median, p95, CPU time
and queries for English, Serbian and Serbian in Latin, then the median and
range over the pairs. Compare within a pair first; the CPU time of the
process (which leaves out most of the waiting other work causes) compares
runs at different loads better than wall time.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "sr", "sr-latn")
ROW = re.compile(
    r"^(en|sr|sr-latn)\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s*$", re.M
)


def run(tree, database, rounds):
    """{language: (median, p95, cpu, queries)} of one page_render.py run."""
    env = {**os.environ, "DATABASE_URL": database}
    command = [sys.executable, "bench/page_render.py", "--unseen-only"]
    result = subprocess.run(  # noqa: S603 (this interpreter, our own script)
        [*command, "--rounds", str(rounds)],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    found = {
        match[1]: tuple(float(value) for value in match.groups()[1:])
        for match in ROW.finditer(result.stdout)
    }
    if set(found) != set(LANGUAGES):
        raise SystemExit(f"{tree}: no figures\n{result.stdout}\n{result.stderr}")
    return found


def load_average():
    return Path("/proc/loadavg").read_text().split()[0]


def summary(label, runs):
    """The median and range over the runs, per language."""
    parts = []
    for language in LANGUAGES:
        medians = [run[language][0] for run in runs]
        cpu = [run[language][2] for run in runs]
        parts.append(
            f"{language} {statistics.median(medians):.1f} "
            f"({min(medians):.1f}–{max(medians):.1f}), "
            f"CPU {statistics.median(cpu):.1f} ({min(cpu):.1f}–{max(cpu):.1f})"
        )
    queries = "/".join(str(int(runs[0][language][3])) for language in LANGUAGES)
    print(f"{label:4} median (range) ms: " + "; ".join(parts) + f"; queries {queries}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old", required=True, help="worktree of the earlier code")
    parser.add_argument("--new", default=str(ROOT), help="worktree (default: this)")
    parser.add_argument("--old-database", required=True)
    parser.add_argument("--new-database", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--pairs", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=100)
    options = parser.parse_args()
    if not options.new_database:
        parser.error("--new-database (or DATABASE_URL) is needed")

    sides = {
        "old": (Path(options.old).resolve(), options.old_database),
        "new": (Path(options.new).resolve(), options.new_database),
    }
    results = {"old": [], "new": []}
    print(f"{'pair':4} {'code':4} {'load':>5}  en median / p95 / CPU ms; sr; sr-latn")
    for pair in range(1, options.pairs + 1):
        order = ("old", "new") if pair % 2 else ("new", "old")
        for side in order:
            load = load_average()
            figures = run(*sides[side], options.rounds)
            results[side].append(figures)
            median, p95, cpu = figures["en"][:3]
            print(
                f"{pair:4} {side:4} {load:>5}  {median:.1f} / {p95:.1f} / {cpu:.1f}; "
                f"{figures['sr'][0]:.1f}; {figures['sr-latn'][0]:.1f}",
                flush=True,
            )
    print()
    for side in ("old", "new"):
        summary(side, results[side])


if __name__ == "__main__":
    main()
