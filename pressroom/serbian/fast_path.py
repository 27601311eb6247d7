"""The fast HTML path: one regex match over runs of ordinary text and tags.

Built from :mod:`pressroom.serbian.html_rules`; see :func:`_fast_run_re`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .html_rules import (
    ELEMENT_RULES,
    READABLE_ATTRIBUTES,
    STATE_ATTRIBUTES,
    VOID,
)


def _nocase(words: str) -> str:
    """Regex matching any of the words in any case, without re.IGNORECASE.

    re.IGNORECASE slows every character class down on non-ASCII text (the
    fast run below scans mostly Cyrillic text). The words are laid out as a
    trie so a failing match costs one character test, not one per word.
    """
    trie: dict = {}
    for word in words.split():
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, top: bool = False) -> str:
        branches = []
        for ch, child in sorted(node.items()):
            if ch == "":
                branches.append("")
                continue
            rest = emit(child)
            if ch.isalpha() and top:
                # Plain literals at the first level: sre skips a branch that
                # starts with a non-matching literal without entering it.
                branches.append(ch + rest)
                branches.append(ch.upper() + rest)
            elif ch.isalpha():
                branches.append(f"[{ch.upper()}{ch}]" + rest)
            else:
                branches.append(re.escape(ch) + rest)
        if len(branches) == 1:
            return branches[0]
        optional = "" in branches
        body = "|".join(b for b in branches if b)
        return f"(?:{body})" + ("?" if optional else "")

    return emit(trie, top=True)


def _fast_run_re(
    element_rules: dict[str, str] | None = None,
    readable_attributes: Iterable[str] = READABLE_ATTRIBUTES,
    state_attributes: Iterable[str] = STATE_ATTRIBUTES,
) -> re.Pattern[str]:
    """Text plus tags that cannot matter for Cyrillic -> Latin, as one run.

    Used while nothing is protected. Cyrillic -> Latin only touches Cyrillic
    letters, so a run of text and tags can be converted as a whole when no tag
    in it holds Cyrillic outside a human-readable attribute, none has a state
    attribute (lang, translate) and none opens an element of
    :data:`ELEMENT_RULES` other than a void one. One C-level regex match then
    covers most of a page; Python only sees the rest (meta tags, script,
    code, ...). Anything unusual (stray quotes, attributes not separated by
    spaces, "<" or ">" inside a tag) simply ends the run and takes the careful
    path, so every tag in a run has the form ``<x[^<>]*>``, which the
    markup-aware capital digraph rule relies on. Attributes readable only on
    some elements (``label``, ``value``, ``content``) end the run when their
    value holds Cyrillic.
    """
    rules = ELEMENT_RULES if element_rules is None else element_rules
    cyr = "\u0400-\u04ff"
    special = _nocase(" ".join(name for name, kind in rules.items() if kind != VOID))
    # After an attribute name: "is it one of the readable ones?" as
    # fixed-width lookbehinds, tried only when the value holds Cyrillic.
    readable = "|".join(
        r"(?<=[\s/]" + _nocase(name) + ")" for name in sorted(readable_attributes)
    )  # one lookbehind per name: each must be fixed-width
    state = _nocase(" ".join(state_attributes))
    attribute = (
        r"[\s/]++(?!(?:" + state + r")(?=[\s/>=]))[^\s/<>\"'=" + cyr + r"]++"
        r"(?:\s*+=\s*+(?:\"[^\"<>" + cyr + r"]*+\"|'[^'<>" + cyr + r"]*+'"
        r"|[^\s<>\"'=`" + cyr + r"]++)"
        r"|(?:" + readable + r")\s*+=\s*+(?:\"[^\"<>]*+\"|'[^'<>]*+'"
        r"|[^\s<>\"'=`]++))?"
    )
    plain_start = (
        r"(?!(?:" + special + r")(?=[\s/>]))[A-Za-z][^\s/<>\"'=" + cyr + r"]*+"
        r"(?:" + attribute + r")*+[\s/]*+>"
    )
    plain_end = r"/[A-Za-z][^<>" + cyr + r"]*+>"
    return re.compile(
        r"(?:[^<]++|<(?:" + plain_start + "|" + plain_end + r")|<(?![A-Za-z!?/]))++"
    )


_FAST_RUN_RE = _fast_run_re()
