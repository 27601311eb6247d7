"""HTML: convert text nodes and readable attributes, keep the markup.

The careful path is a hand-written tokenizer; while nothing is protected the
fast path (:mod:`pressroom.serbian.fast_path`) takes runs of ordinary text
and tags in one regex match. Both follow :mod:`pressroom.serbian.html_rules`.
The rules are described in :mod:`pressroom.serbian.script`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from .fast_path import _FAST_RUN_RE
from .html_rules import (
    _ATTR_INTEREST_RE,
    _ATTR_RE,
    _BLOCK_CLOSERS,
    _BUTTON_INPUT_TYPES,
    _CLOSES_P,
    _SIBLING_CLOSERS,
    ELEMENT_READABLE_ATTRIBUTES,
    ELEMENT_RULES,
    META_CONTENT_NAMES,
    PROTECTED,
    RAW,
    READABLE_ATTRIBUTES,
    READABLE_RAW,
    REST_RAW,
    VOID,
)
from .letters import _HAS_CYRILLIC_RE, _convert_batch, _markup_to_latin, to_latin
from .words import _cyr_text, _foreign_regex, _normalise_foreign

# Attribute value loop: a quoted value may hold ">"; a quote that does not
# follow "=" is an ordinary character (as in browsers). Possessive so that a
# failed match never backtracks (no catastrophic cases on hostile input).
_ATTRS = r"""(?:[^>"'=]|=\s*+"[^"]*+"|=\s*+'[^']*+'|=|["'])*+"""
_TOKEN_RE = re.compile(
    r"<(?:"
    r"(?P<comment>!--(?:-?>|[\s\S]*?(?:--!?>|\Z)))"
    r"|(?P<cdata>!\[CDATA\[[\s\S]*?(?:\]\]>|\Z))"
    r"|(?P<decl>[!?][^>]*+(?:>|\Z))"
    r"|/(?:(?P<end>[A-Za-z][^\s/>]*+)" + _ATTRS + r"(?:>|\Z)|[^>]*+(?:>|\Z))"
    r"|(?P<start>[A-Za-z][^\s/>]*+)(?P<attrs>" + _ATTRS + r")(?:>|\Z)"
    r")"
)

# Protection levels: 0 convert, 1 non-Serbian lang (a Serbian lang inside
# re-enables), 2 hard (code-like elements, translate="no", raw text).
_CONVERT, _FOREIGN_LANG, _HARD = 0, 1, 2


@functools.lru_cache(maxsize=32)
def _raw_end_re(name: str) -> re.Pattern[str]:
    return re.compile(r"</" + re.escape(name) + r"(?=[\s/>]|\Z)", re.IGNORECASE)


def _parse_attrs(attrs: str) -> list[tuple[str, int, int, str]]:
    """Return (lowercase name, value start, value end, value) per attribute."""
    found = []
    for m in _ATTR_RE.finditer(attrs):
        name = m.group(1).lower()
        for group in (2, 3, 4):
            if m.group(group) is not None:
                found.append((name, m.start(group), m.end(group), m.group(group)))
                break
        else:
            found.append((name, -1, -1, ""))
    return found


def _element_level(
    name: str, attrs: list[tuple[str, int, int, str]] | None, level: int
) -> int:
    if level == _HARD:
        return _HARD
    if ELEMENT_RULES.get(name) == PROTECTED:
        return _HARD
    if attrs:
        for attr, _s, _e, value in attrs:
            if attr == "translate" and value.strip().lower() == "no":
                return _HARD
        for attr, _s, _e, value in attrs:
            if attr in ("lang", "xml:lang"):
                # The first lang attribute wins, as duplicates do in HTML.
                lang = value.strip().lower()
                return _CONVERT if lang[:2] == "sr" else _FOREIGN_LANG
    return level


def _is_json_ld(attrs_text: str) -> bool:
    """True for the attributes of ``<script type="application/ld+json">``."""
    if "ld+json" not in attrs_text.lower():
        return False
    return any(
        attr == "type" and value.strip().lower() == "application/ld+json"
        for attr, _s, _e, value in _parse_attrs(attrs_text)
    )


def _readable_spans(
    name: str, attrs: list[tuple[str, int, int, str]]
) -> list[tuple[int, int]]:
    """Spans (within the attribute text) of the values that people read."""
    names = {a[0]: a[3] for a in attrs}
    spans = []
    for attr, start, end, value in attrs:
        if start < 0 or not value:
            continue
        if attr in READABLE_ATTRIBUTES:
            pass
        elif name not in ELEMENT_READABLE_ATTRIBUTES.get(attr, ()):
            continue
        elif attr == "value":
            if names.get("type", "").strip().lower() not in _BUTTON_INPUT_TYPES:
                continue
        elif attr == "content":
            key = names.get("name") or names.get("property") or ""
            if key.strip().lower() not in META_CONTENT_NAMES:
                continue
        spans.append((start, end))
    return spans


def _convert_html(
    html: str,
    convert: Callable[[str], str],
    fast_run: re.Pattern[str] | None,
    convert_values: Callable[[list[str]], list[str]] | None = None,
) -> str:
    """Convert the text of ``html`` with ``convert``.

    Text (text nodes, title, JSON-LD) is converted in one batch, so context
    such as a capital digraph's neighbours reaches across tags. The readable
    attribute values outside fast runs go to ``convert_values``, which must
    convert each as a text of its own (default: ``convert`` on each).
    """
    out: list[str] = []  # pieces of output; text to convert is collected apart
    pending: list[str] = []  # text segments to convert, in order
    slots: list[int] = []  # index in `out` for each pending segment
    values: list[tuple[int, str]] = []  # (index in `out`, attribute value)
    stack: list[tuple[str, int]] = []  # (tag name, level); only while needed
    level = _CONVERT
    pos = 0
    n = len(html)

    def text(segment: str, lvl: int) -> None:
        if not segment:
            return
        if lvl == _CONVERT:
            slots.append(len(out))
            pending.append(segment)
            out.append("")
        else:
            out.append(segment)

    while pos < n:
        if fast_run is not None and level == _CONVERT and not stack:
            run = fast_run.match(html, pos)
            if run and run.end() > pos:
                text(run.group(), _CONVERT)
                pos = run.end()
                continue
        m = _TOKEN_RE.search(html, pos)
        if m is None:
            text(html[pos:], level)
            break
        text(html[pos : m.start()], level)
        pos = m.end()
        name = m.group("start")
        if name is None:
            end = m.group("end")
            if end is not None and stack:
                end = end.lower()
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i][0] == end:
                        del stack[i:]
                        break
                else:
                    if end in _BLOCK_CLOSERS:
                        stack.clear()
                level = stack[-1][1] if stack else _CONVERT
            out.append(m.group())
            continue
        name = name.lower()
        attrs_text = m.group("attrs")
        attrs = (
            _parse_attrs(attrs_text)
            if attrs_text and _ATTR_INTEREST_RE.search(attrs_text)
            else None
        )
        if stack:
            # Optional end tags: keep the stack honest for unclosed <p>, <li>.
            if name in _CLOSES_P:
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i][0] == "p":
                        del stack[i:]
                        break
            closes = _SIBLING_CLOSERS.get(name)
            if closes and stack and stack[-1][0] in closes:
                stack.pop()
            level = stack[-1][1] if stack else _CONVERT
        own = _element_level(name, attrs, level)
        spans = _readable_spans(name, attrs) if own == _CONVERT and attrs else None
        if spans:
            # Readable values are converted; the rest of the tag is copied.
            out.append(html[m.start() : m.start("attrs")])
            last = 0
            for start, end in spans:
                out.append(attrs_text[last:start])
                values.append((len(out), attrs_text[start:end]))
                out.append("")
                last = end
            out.append(attrs_text[last:])
            out.append(html[m.end("attrs") : m.end()])
        else:
            out.append(m.group())
        kind = ELEMENT_RULES.get(name)
        if kind in (RAW, READABLE_RAW, REST_RAW):
            if kind == REST_RAW:
                close_at = n
            else:
                close = _raw_end_re(name).search(html, pos)
                close_at = close.start() if close else n
            readable = kind == READABLE_RAW or (
                name == "script" and _is_json_ld(attrs_text)
            )
            text(html[pos:close_at], own if readable else _HARD)
            pos = close_at
            continue
        self_closing = attrs_text.rstrip().endswith("/")
        if kind == VOID or self_closing:
            continue
        if own != level or stack:
            stack.append((name, own))
            level = own
    if pending:
        for index, converted in zip(
            slots, _convert_batch(pending, convert), strict=True
        ):
            out[index] = converted
    if values:
        texts = [value for _, value in values]
        converted = convert_values(texts) if convert_values else map(convert, texts)
        for (index, _), value in zip(values, converted, strict=True):
            out[index] = value
    return "".join(out)


def html_to_latin(html: str) -> str:
    """Convert the text of an HTML document or fragment from Cyrillic to Latin.

    Only text nodes and human-readable attributes change; markup, entities,
    code-like and non-Serbian elements are kept byte for byte. Never raises on
    malformed markup. See :mod:`pressroom.serbian.script` for the exact rules.
    """
    if not isinstance(html, str):
        raise TypeError("html_to_latin() expects str")
    if not _HAS_CYRILLIC_RE.search(html):
        return html
    return _html_to_latin(html, _FAST_RUN_RE)


def _html_to_latin(html: str, fast_run: re.Pattern[str] | None) -> str:
    """html_to_latin() with the given fast-run regex, or only the careful path."""
    return _convert_html(html, _markup_to_latin, fast_run, _values_to_latin)


def _values_to_latin(values: list[str]) -> list[str]:
    return _convert_batch(values, to_latin, apart=True)


def html_to_cyrillic(html: str, *, foreign_words: Iterable[str] = ()) -> str:
    """Convert the text of an HTML document or fragment from Latin to Cyrillic.

    The mirror of :func:`html_to_latin`: the same text nodes and attributes
    are converted with :func:`to_cyrillic` rules (character references are
    kept as written), the same markup is protected.
    """
    if not isinstance(html, str):
        raise TypeError("html_to_cyrillic() expects str")
    foreign = _foreign_regex(_normalise_foreign(foreign_words))

    def convert(text: str) -> str:
        return _cyr_text(text, foreign, entities=True)

    return _convert_html(html, convert, None)
