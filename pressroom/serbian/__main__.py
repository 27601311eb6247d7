"""Command line for the Serbian script engine.

    python -m pressroom.serbian --to latin < cyrillic.txt > latin.txt
    python -m pressroom.serbian --to cyrillic --html --foreign Policy < in.html

Reads standard input and writes standard output as UTF-8 whatever the
locale; bytes that are not valid UTF-8 are passed through unchanged.
``--html --to cyrillic`` converts only text nodes and human-readable
attributes, with the same protection rules as ``--html --to latin``.
"""

from __future__ import annotations

import argparse
import sys

from .script import html_to_cyrillic, html_to_latin, to_cyrillic, to_latin


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (separate so tests can inspect it)."""
    parser = argparse.ArgumentParser(
        prog="python -m pressroom.serbian",
        description=(
            "Convert Serbian text between Cyrillic and Latin script. "
            "Reads standard input, writes standard output (UTF-8)."
        ),
    )
    parser.add_argument(
        "--to",
        required=True,
        choices=("latin", "cyrillic"),
        help="target script",
    )
    parser.add_argument(
        "--html",
        action="store_true",
        help=(
            "treat the input as HTML: convert only text and human-readable "
            "attributes (alt, title, ...), never markup, code or URLs"
        ),
    )
    parser.add_argument(
        "--foreign",
        nargs="+",
        action="extend",
        default=[],
        metavar="WORD",
        help=(
            "with --to cyrillic: words (or quoted phrases) to keep in Latin; "
            "matched whole and case-insensitively"
        ),
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.foreign and args.to != "cyrillic":
        parser.error("--foreign only applies to --to cyrillic")
    # surrogateescape: undecodable bytes survive the round trip untouched.
    text = sys.stdin.buffer.read().decode("utf-8", errors="surrogateescape")
    if args.to == "latin":
        result = html_to_latin(text) if args.html else to_latin(text)
    elif args.html:
        result = html_to_cyrillic(text, foreign_words=args.foreign)
    else:
        result = to_cyrillic(text, foreign_words=args.foreign)
    sys.stdout.buffer.write(result.encode("utf-8", errors="surrogateescape"))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
