"""Letters: Serbian Cyrillic -> Latin for plain text (and text with tags).

The letter tables, the fast code-page conversion, the case of capital
digraphs (also across tags and pieces), and the spans kept or rewritten
(URLs, e-mail addresses, Cyrillic domain names, look-alike Roman numerals).
The rules are described in :mod:`pressroom.serbian.script`.
"""

from __future__ import annotations

import codecs
import re
import threading
from collections.abc import Callable, Iterable

from .html_rules import _ATTR_RE

# ---------------------------------------------------------------------------
# Letter tables
# ---------------------------------------------------------------------------

_CYR_SINGLE = "абвгдђежзијклмнопрстћуфхцчшѐѝАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШЀЍ"
_LAT_SINGLE = "abvgdđežzijklmnoprstćufhcčšèìABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠÈÌ"
# Cyrillic digraph letters and their default (title-case) Latin spelling.
_CYR_DIGRAPHS = {"љ": "lj", "њ": "nj", "џ": "dž", "Љ": "Lj", "Њ": "Nj", "Џ": "Dž"}
_CAPS_DIGRAPH = {"Љ": "LJ", "Њ": "NJ", "Џ": "DŽ"}

_TO_LATIN_TABLE = {
    **{ord(c): lat for c, lat in zip(_CYR_SINGLE, _LAT_SINGLE, strict=True)},
    **{ord(c): lat for c, lat in _CYR_DIGRAPHS.items()},
}

_LAT_TO_CYR_TABLE = {
    **{ord(lat): c for c, lat in zip(_CYR_SINGLE, _LAT_SINGLE, strict=True)},
    # Unicode ligature digraphs and the eth that autocorrect puts for Đ.
    **{ord(k): v for k, v in zip("ǉǈǇǌǋǊǆǅǄÐ", "љЉЉњЊЊџЏЏЂ", strict=True)},
}
_LAT_DIGRAPH_RE = re.compile("[Ll][Jj]|[Nn][Jj]|[Dd][Žž]")
_LAT_DIGRAPH_CYR = {"l": "љ", "L": "Љ", "n": "њ", "N": "Њ", "d": "џ", "D": "Џ"}

# A letter that makes a Latin word foreign: anything that is neither Serbian
# Latin nor Cyrillic (the ZWNJ is the editor's split marker, not a letter).
_NON_SERBIAN_LETTER_RE = re.compile(
    "[^a-pr-vzA-PR-VZčćđšžČĆĐŠŽǉǈǇǌǋǊǆǅǄÐ\u0400-\u052f\u200c]"
)


# ---------------------------------------------------------------------------
# Fast Cyrillic -> Latin core
# ---------------------------------------------------------------------------
#
# str.translate() does a dict lookup per character and runs at ~20 MB/s.
# Instead every character goes through a private single-byte "code page":
# codecs.charmap_encode() (C, a 3-level trie) maps each character we know to
# one byte, codecs.charmap_decode() maps the byte back to the Latin letter.
# Both are C loops, about 5x faster. A digraph letter gets a byte of its own
# that bytes.replace() (a memchr loop) expands into its two Latin letters
# before decoding. A character without a slot (emoji, Greek, ...) goes
# through an error handler that records it and writes one marker byte per
# run; the runs are put back in order after decoding. If a text has very
# many unmapped runs the handler bails out and str.translate() is used.

# Non-ASCII characters common in Serbian text, in priority order; they get
# the slots left after ASCII, Cyrillic and Serbian Latin letters.
_COMMON_EXTRA = (
    "čćđšžČĆĐŠŽ\u00a0«»„“”‘’‚–—…•·°§©®™€×±²³½¼¾µ¶†′″№\u00ad\u200b\u200c"
    "\u200d\ufeff\u202f\u2009\u2010\u2011‹›¡¿£¥éèáàóöüäíúçñÉÁÖÜ"
)
_MARK_BYTE = 0xFF
_MARK_CHAR = "\uffff"  # noncharacter; never produced by any slot
_UNDEFINED = "\ufffe"  # charmap_build() treats U+FFFE as "no mapping"


def _build_codepage() -> tuple[object, str, tuple[tuple[bytes, bytes], ...]]:
    enc_chars = [chr(i) for i in range(128)]
    dec_chars = [chr(i) for i in range(128)]
    for cyr, lat in zip(_CYR_SINGLE, _LAT_SINGLE, strict=True):
        enc_chars.append(cyr)
        dec_chars.append(lat)
    digraph_bytes = []
    for cyr in _CYR_DIGRAPHS:
        digraph_bytes.append(len(enc_chars))
        enc_chars.append(cyr)
        dec_chars.append(_UNDEFINED)  # always expanded before decoding
    for ch in _COMMON_EXTRA:
        if len(enc_chars) >= _MARK_BYTE:
            break
        if ch not in enc_chars:
            enc_chars.append(ch)
            dec_chars.append(ch)
    while len(enc_chars) < _MARK_BYTE:
        enc_chars.append(_UNDEFINED)
        dec_chars.append(_UNDEFINED)
    enc_chars.append(_UNDEFINED)
    dec_chars.append(_MARK_CHAR)
    expansions = tuple(
        (bytes((code,)), bytes(enc_chars.index(ch) for ch in lat))
        for code, lat in zip(digraph_bytes, _CYR_DIGRAPHS.values(), strict=True)
    )
    return codecs.charmap_build("".join(enc_chars)), "".join(dec_chars), expansions


_ENCODING_MAP, _DECODING_TABLE, _DIGRAPH_BYTES = _build_codepage()
_ERROR_HANDLER = "pressroom.serbian.unmapped"
_handler_state = threading.local()


class _TooManyUnmapped(Exception):
    """Raised by the codec error handler to abandon the fast path."""


def _unmapped(exc: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    runs = _handler_state.runs
    if len(runs) >= _handler_state.budget:
        raise _TooManyUnmapped
    runs.append(exc.object[exc.start : exc.end])
    return bytes((_MARK_BYTE,)), exc.end


codecs.register_error(_ERROR_HANDLER, _unmapped)


def _translate_letters(text: str) -> str:
    """Map every Serbian Cyrillic letter (capital digraphs already fixed)."""
    runs: list[str] = []
    _handler_state.runs = runs
    _handler_state.budget = 64 + len(text) // 512
    try:
        data = codecs.charmap_encode(text, _ERROR_HANDLER, _ENCODING_MAP)[0]
    except _TooManyUnmapped:
        return text.translate(_TO_LATIN_TABLE)
    finally:
        _handler_state.runs = []
    for code, latin in _DIGRAPH_BYTES:
        if code in data:
            data = data.replace(code, latin)
    out = codecs.charmap_decode(data, "strict", _DECODING_TABLE)[0]
    if runs:
        pieces = out.split(_MARK_CHAR)
        merged = [pieces[0]]
        for run, piece in zip(runs, pieces[1:], strict=True):
            merged.append(run)
            merged.append(piece)
        out = "".join(merged)
    return out


_PREV_WORD_RE = re.compile(r"([^\W\d_]+)[\W\d_]*\Z")
_NEXT_WORD_RE = re.compile(r"[\W\d_]*([^\W\d_]+)")
_CONTEXT = 80


def _is_caps_word(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _caps_digraph(text: str, i: int) -> bool:
    """Whether the capital digraph letter at ``text[i]`` is written all caps."""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if nxt.isupper():
        return True
    prev = text[i - 1] if i else ""
    if prev.isupper():
        return True
    if prev.isalpha() or nxt.isalpha():
        return False
    # Standing alone: look at the neighbouring words.
    before = _PREV_WORD_RE.search(text, max(0, i - _CONTEXT), i)
    if before and _is_caps_word(before.group(1)):
        return True
    after = _NEXT_WORD_RE.match(text, i + 1, i + 1 + _CONTEXT)
    return bool(after and _is_caps_word(after.group(1)))


_UPPER = "A-Z\u0400-\u042f"
_LOWER = "a-z\u0430-\u045f"
# One regex per letter so each starts with a literal (sre then scans for it
# in a tight C loop): a capital digraph letter followed by an uppercase
# letter, preceded by one and not followed by a lowercase letter, or with no
# letter on either side (the callback then looks at the neighbouring words).
_CAPS_RES = {
    letter: re.compile(
        f"{letter}(?:(?=[{_UPPER}])|(?<=[{_UPPER}]{letter})(?![{_LOWER}])"
        f"|(?P<alone>(?<![^\\W\\d_]{letter})(?![^\\W\\d_])))"
    )
    for letter in _CAPS_DIGRAPH
}


def _caps_replacement(m: re.Match[str]) -> str:
    letter = m.group()[0]
    if m.group("alone") is None or _caps_digraph(m.string, m.start()):
        return _CAPS_DIGRAPH[letter]
    return letter


def _fix_caps_digraphs(text: str, markup: bool = False) -> str:
    """Write Љ/Њ/Џ as LJ/NJ/DŽ where the context is all caps."""
    patterns = _MARKUP_CAPS_RES if markup else _CAPS_RES
    replacement = _markup_caps_replacement if markup else _caps_replacement
    for letter, pattern in patterns.items():
        if letter in text:
            text = pattern.sub(replacement, text)
    return text


# --- Capital digraphs in markup ----------------------------------------------
#
# In HTML the letters of a word can sit in different text nodes ("Њ<b>ЕГОШ</b>")
# and the fast path converts text together with the tags between it. In
# "markup" mode tags (``<x …>``, ``</x>``) and the batch separators are
# transparent: a capital digraph letter looks at the nearest *visible* letters
# and words, so the fast path (tags inline) and the careful path (text nodes
# joined by separators) decide alike. A letter inside a tag is in an attribute
# value, which is decided on its own, as the careful path converts it.

# Joins the pieces of one text for a single conversion call (see
# _convert_batch): control characters that never occur in real text.
_SEPARATORS = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14"
_TRANSPARENT = frozenset(_SEPARATORS)
_TAG_SCAN_LIMIT = 4096  # longest tag looked through
_LETTER_RE = re.compile(r"[^\W\d_]")
_TRANSPARENT_CLASS = "\\x00-\\x08\\x0e-\\x14"
# Every capital digraph letter not followed by a lowercase letter (followed by
# one it is always Lj). Group "caps": decided at once, because the next
# character is a capital, or the previous one is and the next one is neither
# lowercase nor markup; the rest are decided by _markup_caps_replacement.
_MARKUP_CAPS_RES = {
    letter: re.compile(
        f"{letter}(?:(?P<caps>(?=[{_UPPER}])"
        f"|(?<=[{_UPPER}]{letter})(?![{_LOWER}<{_TRANSPARENT_CLASS}]))"
        f"|(?![{_LOWER}]))"
    )
    for letter in _CAPS_DIGRAPH
}


def _is_upper(ch: str) -> bool:
    return "A" <= ch <= "Z" or "\u0400" <= ch <= "\u042f"


def _is_lower(ch: str) -> bool:
    return "a" <= ch <= "z" or "\u0430" <= ch <= "\u045f"


def _tag_start(s: str, j: int) -> bool:
    nxt = s[j + 1 : j + 2]
    return nxt == "/" or ("a" <= nxt.lower() <= "z" and nxt.isascii())


def _next_visible(s: str, j: int) -> int:
    """Index of the first visible character at or after ``j`` (or len(s))."""
    n = len(s)
    while j < n:
        ch = s[j]
        if ch in _TRANSPARENT:
            j += 1
            continue
        if ch == "<" and _tag_start(s, j):
            end = s.find(">", j + 1, j + _TAG_SCAN_LIMIT)
            if end != -1 and s.find("<", j + 1, end) == -1:
                j = end + 1
                continue
        return j
    return n


def _prev_visible(s: str, j: int) -> int:
    """Index of the last visible character before ``j`` (or -1)."""
    while j > 0:
        ch = s[j - 1]
        if ch in _TRANSPARENT:
            j -= 1
            continue
        if ch == ">":
            start = s.rfind("<", max(0, j - _TAG_SCAN_LIMIT), j - 1)
            if start != -1 and _tag_start(s, start) and s.find(">", start, j - 1) == -1:
                j = start
                continue
        return j - 1
    return -1


def _visible_before(s: str, i: int) -> str:
    chars = []
    while len(chars) < _CONTEXT:
        i = _prev_visible(s, i)
        if i < 0:
            break
        chars.append(s[i])
    return "".join(reversed(chars))


def _visible_after(s: str, i: int) -> str:
    chars = []
    i += 1
    while len(chars) < _CONTEXT:
        i = _next_visible(s, i)
        if i >= len(s):
            break
        chars.append(s[i])
        i += 1
    return "".join(chars)


def _caps_rule(
    prev: str, nxt: str, before: Callable[[], str], after: Callable[[], str]
) -> bool:
    """The capital digraph rule (:mod:`pressroom.serbian.script`), given neighbours.

    ``prev``/``nxt`` are the neighbouring characters ("" for none); ``before``
    and ``after`` return the text around the letter, for the lone-letter case.
    """
    if _is_lower(nxt):
        return False
    if _is_upper(nxt) or _is_upper(prev):
        return True
    if (prev and _LETTER_RE.match(prev)) or (nxt and _LETTER_RE.match(nxt)):
        return False
    word = _PREV_WORD_RE.search(before())
    if word and _is_caps_word(word.group(1)):
        return True
    word = _NEXT_WORD_RE.match(after())
    return bool(word and _is_caps_word(word.group(1)))


def _attribute_value_at(s: str, i: int) -> tuple[str, int] | None:
    """(value, offset) when ``s[i]`` is inside a tag, else None."""
    start = s.rfind("<", max(0, i - _TAG_SCAN_LIMIT), i)
    if start == -1 or not _tag_start(s, start) or s.find(">", start, i) != -1:
        return None
    end = s.find(">", i, i + _TAG_SCAN_LIMIT)
    if end == -1 or s.find("<", i, end) != -1:
        return None
    for m in _ATTR_RE.finditer(s, start + 1, end):
        for group in (2, 3, 4):
            if m.start(group) <= i < m.end(group):
                return m.group(group), i - m.start(group)
    return s[i], 0


def _markup_caps_replacement(m: re.Match[str]) -> str:
    s, i = m.string, m.start()
    letter = s[i]
    if m.group("caps") is not None:
        return _CAPS_DIGRAPH[letter]
    value = _attribute_value_at(s, i)
    if value is not None:
        text, j = value
        caps = _caps_rule(
            text[j - 1 : j] if j else "",
            text[j + 1 : j + 2],
            lambda: text[max(0, j - _CONTEXT) : j],
            lambda: text[j + 1 : j + 1 + _CONTEXT],
        )
    else:
        before, after = _prev_visible(s, i), _next_visible(s, i + 1)
        caps = _caps_rule(
            s[before] if before >= 0 else "",
            s[after : after + 1],
            lambda: _visible_before(s, i),
            lambda: _visible_after(s, i),
        )
    return _CAPS_DIGRAPH[letter] if caps else letter


def _latin_core(text: str, markup: bool = False) -> str:
    """Cyrillic -> Latin for text known to hold no URL/e-mail with Cyrillic."""
    return _translate_letters(_fix_caps_digraphs(text, markup))


# ---------------------------------------------------------------------------
# URLs and e-mail addresses
# ---------------------------------------------------------------------------

# Characters that end a URL: whitespace, markup and typographic quotes.
# Control characters are excluded too, which the HTML batching relies on.
_URL_BODY_RE = re.compile("[^\\s<>\"'`{}|\\\\^\x00-\x1f\x7f«»„“”‘’‹›]+")
_SCHEME_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*\Z")
_EMAIL_LOCAL_RE = re.compile(r"[\w.%+\-]+\Z")
_EMAIL_DOMAIN_RE = re.compile(r"[\w\-]+(?:\.[\w\-]+)+")
_URL_TRAILING = ".,;:!?"
_OPENING = {")": "(", "]": "["}
_HAS_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")


def _trim_url(text: str, start: int, end: int) -> int:
    """Drop sentence punctuation and unbalanced closing brackets at the end."""
    while end > start:
        ch = text[end - 1]
        if ch in _URL_TRAILING:
            end -= 1
            continue
        opening = _OPENING.get(ch)
        if opening and text.count(ch, start, end) > text.count(opening, start, end):
            end -= 1
            continue
        break
    return end


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _link_spans(text: str, cyrillic_only: bool = False) -> list[tuple[int, int]]:
    """Return sorted, non-overlapping (start, end) spans of URLs and e-mails.

    With ``cyrillic_only`` only spans holding Cyrillic are returned (the only
    ones Cyrillic -> Latin must skip); e-mails are then pre-filtered on the
    letters around "@", which keeps the common ASCII case cheap.
    """
    spans: list[tuple[int, int]] = []
    i = text.find("://")
    while i >= 0:
        body = _URL_BODY_RE.match(text, i + 3)
        if cyrillic_only and not (
            body and _HAS_CYRILLIC_RE.search(text, i + 3, body.end())
        ):
            i = text.find("://", body.end() if body else i + 3)
            continue
        scheme = _SCHEME_RE.search(text, max(0, i - 32), i)
        if scheme and body:
            end = _trim_url(text, i + 3, body.end())
            if end > i + 3:
                spans.append((scheme.start(), end))
                i = text.find("://", end)
                continue
        i = text.find("://", i + 3)
    for marker in ("www.", "WWW."):
        i = text.find(marker)
        while i >= 0:
            body = _URL_BODY_RE.match(text, i)
            if cyrillic_only and not _HAS_CYRILLIC_RE.search(text, i, body.end()):
                i = text.find(marker, body.end())
                continue
            if (i == 0 or not text[i - 1].isalnum()) and body:
                end = _trim_url(text, i + 4, body.end())
                if end > i + 4:
                    spans.append((i, end))
                    i = text.find(marker, end)
                    continue
            i = text.find(marker, i + 4)
    i = text.find("@")
    while i >= 0:
        if cyrillic_only and not (
            _is_cyrillic(text[i - 1 : i] or " ")
            or _is_cyrillic(text[i + 1 : i + 2] or " ")
        ):
            i = text.find("@", i + 1)
            continue
        local = _EMAIL_LOCAL_RE.search(text, max(0, i - 64), i)
        domain = _EMAIL_DOMAIN_RE.match(text, i + 1)
        if local and domain:
            spans.append((local.start(), domain.end()))
            i = text.find("@", domain.end())
            continue
        i = text.find("@", i + 1)
    if len(spans) > 1:
        spans.sort()
        merged = [spans[0]]
        for start, end in spans[1:]:
            if start < merged[-1][1]:
                if end > merged[-1][1]:
                    merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        spans = merged
    if cyrillic_only:
        spans = [(s, e) for s, e in spans if _HAS_CYRILLIC_RE.search(text, s, e)]
    return spans


def _may_have_links(text: str) -> bool:
    return "://" in text or "@" in text or "www." in text or "WWW." in text


#: Top-level domains written in Cyrillic. A name ending in one of them
#: ("влада.срб", "пример.рф/вести") is a domain even without "http" or "www":
#: transliterated, it would name another domain, so it is kept as written.
CYRILLIC_TLDS = (
    "срб", "рф", "бг", "бел", "укр", "мкд", "мон", "қаз", "ею", "рус", "орг",
    "ком", "онлайн", "сайт", "москва", "дети",
)  # fmt: skip
_TLD_INITIALS = "".join(sorted({t[0] for t in CYRILLIC_TLDS}))
_IDN_TLD_RE = re.compile(
    r"\.(?=["
    + _TLD_INITIALS
    + _TLD_INITIALS.upper()
    + r"])(?i:"
    + "|".join(sorted(CYRILLIC_TLDS, key=len, reverse=True))
    + r")(?![\w-])"
)
# The labels before the TLD: letters, digits and inner hyphens, dot-separated.
_IDN_LABELS_RE = re.compile(r"(?<![\w.@-])(?:[^\W_](?:[\w-]*[^\W_])?\.)+\Z")


def _idn_spans(text: str) -> list[tuple[int, int]]:
    """Spans of bare domain names with a Cyrillic TLD (and their path)."""
    spans = []
    for m in _IDN_TLD_RE.finditer(text):
        labels = _IDN_LABELS_RE.search(text, max(0, m.start() - 253), m.start() + 1)
        if labels is None:
            continue
        end = m.end()
        if text[end : end + 1] == "/":
            body = _URL_BODY_RE.match(text, end)
            end = _trim_url(text, end, body.end())
        spans.append((labels.start(), end))
    return spans


# --- Roman numerals typed with Cyrillic look-alikes ---------------------------
#
# On a Cyrillic keyboard "ХIV" is easily typed with a Cyrillic Х (or "ХХ" for
# XX). Such a token is a Roman numeral and is written with Latin letters in
# both scripts: "Луј ХIV" -> "Luj XIV", not "Luj HIV".
_ROMAN_LOOKALIKES = str.maketrans("ХСМІ", "XCMI")
_ROMAN_ANY = frozenset("IVXLCDMХСМІ")
_ROMAN_LATIN = frozenset("IVXLCDM")


def _mixed_roman(token: str) -> str | None:
    """The Latin numeral for a look-alike token ("ХIV", "ХХ"), else None.

    The token must mix Latin Roman letters with Cyrillic look-alikes, or be at
    least two Cyrillic Х (ХХ, ХХХ); the result must be a valid numeral.
    """
    latin = token.translate(_ROMAN_LOOKALIKES)
    if latin == token:
        return None
    mixed = any(ch in _ROMAN_LATIN for ch in token)
    if not (mixed or (len(token) >= 2 and set(token) == {"Х"})):
        return None
    return latin if _ROMAN_RE.fullmatch(latin) else None


def _mixed_roman_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, Latin numeral) for every look-alike Roman numeral."""
    n = len(text)
    candidates = [
        m.start()
        for pattern in _LOOKALIKE_CANDIDATE_RES
        if pattern.pattern[0] in text
        for m in pattern.finditer(text)
    ]
    if not candidates:
        return []
    found = []
    last_end = -1
    for i in sorted(candidates):
        if i < last_end:
            continue
        start = i
        while start and text[start - 1] in _ROMAN_ANY:
            start -= 1
        end = i + 1
        while end < n and text[end] in _ROMAN_ANY:
            end += 1
        last_end = end
        if (start and _LETTER_RE.match(text[start - 1])) or (
            end < n and _LETTER_RE.match(text[end])
        ):
            continue
        latin = _mixed_roman(text[start:end])
        if latin is not None:
            found.append((start, end, latin))
    return found


# A Cyrillic Х or І next to a Latin Roman letter, or two Х: each pattern
# starts with a rare capital, found with a fast scan. (A Cyrillic М becomes M
# anyway; a С among Latin numerals, "СIV", is not recognised: finding it would
# cost a scan over every С, one of the commonest capitals.)
_LOOKALIKE_CANDIDATE_RES = (
    re.compile("Х(?:(?=[IVXLCDMХСМ])|(?<=[IVXLCDMСМ]Х))"),
    re.compile("І(?:(?=[IVXLCDMСМ])|(?<=[IVXLCDMСМ]І))"),
)


def _latin_spans(text: str) -> list[tuple[int, int, str]] | None:
    """Spans kept or rewritten by Cyrillic -> Latin, sorted, non-overlapping.

    Each is (start, end, replacement): URLs, e-mail addresses and bare
    Cyrillic domains with Cyrillic in them stay as written; look-alike Roman
    numerals become Latin numerals. None when there are none (most texts,
    which this tells with a few C-level scans).
    """
    spans = _link_spans(text, cyrillic_only=True) if _may_have_links(text) else None
    if _IDN_TLD_RE.search(text):
        spans = _merge_spans([*(spans or ()), *_idn_spans(text)])
    roman = _mixed_roman_spans(text) if "Х" in text or "І" in text else None
    if not roman:
        return [(s, e, text[s:e]) for s, e in spans] if spans else None
    found = [(s, e, text[s:e]) for s, e in spans or ()]
    found += [r for r in roman if not _overlaps(spans or (), r[0], r[1])]
    found.sort()
    return found


def _overlaps(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(spans) < 2:
        return spans
    spans = sorted(spans)
    merged = [spans[0]]
    for start, end in spans[1:]:
        if start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


# ---------------------------------------------------------------------------
# Public: Cyrillic -> Latin
# ---------------------------------------------------------------------------


def to_latin(text: str) -> str:
    """Convert Serbian Cyrillic plain text to Serbian Latin.

    Only the Serbian Cyrillic letters change (see :mod:`pressroom.serbian.script`
    for the digraph capitalisation rule); URLs, e-mail addresses and Cyrillic
    domain names are kept as written, look-alike Roman numerals ("ХIV") are
    written with Latin letters, everything else passes through unchanged.
    """
    if not isinstance(text, str):
        raise TypeError("to_latin() expects str")
    if not text:
        return text
    return _to_latin(text)


def _to_latin(text: str, markup: bool = False) -> str:
    """to_latin(); with ``markup``, tags and batch separators are transparent."""
    spans = _latin_spans(text)
    if not spans:
        return _latin_core(text, markup)
    pieces = []
    last = 0
    for start, end, _ in spans:
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    hole = next((ch for ch in _HOLES if ch not in text), None) if markup else None
    if hole is None:
        converted = [_latin_core(piece, markup) for piece in pieces]
    else:
        # A span can sit in an attribute value inside a tag of a fast run:
        # converting the text around it apart would cut the tag in two. The
        # span is replaced by a gap of non-letters wider than any context
        # window instead, so the text converts whole and still no rule sees
        # across the span (as when the careful path converts the value).
        gap = hole * (_CONTEXT + 1)
        converted = _latin_core(gap.join(pieces), markup).split(gap)
    out = [converted[0]]
    for (_, _, replacement), piece in zip(spans, converted[1:], strict=True):
        out += (replacement, piece)
    return "".join(out)


# Stand-ins for kept spans in markup mode: non-letters no text uses.
_HOLES = "\ufffc\ufffb\ufffa"


# Roman numerals (also used by Latin -> Cyrillic).
_ROMAN_RE = re.compile(
    r"(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
)

# ---------------------------------------------------------------------------
# Text in pieces
# ---------------------------------------------------------------------------


def _convert_batch(
    segments: list[str], convert: Callable[[str], str], apart: bool = False
) -> list[str]:
    """Convert many text segments with one call (call overhead dominates).

    The segments are joined by a separator character, which markup mode
    passes over, so they are converted as pieces of one text. With ``apart``
    (for Cyrillic -> Latin) each is a text of its own, as attribute values
    are: the separator is padded with as many spaces as the widest context
    window of :func:`to_latin` (``_CONTEXT``), so no rule sees from one
    segment into the next.
    """
    if len(segments) > 1:
        for sep in _SEPARATORS:
            if not any(sep in s for s in segments):
                joiner = f"{sep}{' ' * _CONTEXT}{sep}" if apart else sep
                out = convert(joiner.join(segments)).split(joiner)
                if len(out) == len(segments):
                    return out
                break
    return [convert(s) for s in segments]


def _markup_to_latin(text: str) -> str:
    return _to_latin(text, markup=True)


def to_latin_pieces(pieces: list[str]) -> list[str]:
    """Convert the consecutive pieces of one text from Cyrillic to Latin.

    For a text stored in pieces (the lines of a catalogue message, the text
    nodes of a page): each piece is converted as part of the whole, so the
    case of a capital digraph follows its neighbours in other pieces
    ("Њ" + "ЕГОШ" -> "NJ" + "EGOŠ"); HTML tags inside the pieces are passed
    over the same way. Returns one converted string per piece.
    """
    return _convert_batch(list(pieces), _markup_to_latin)
