"""Serbian script engine: Cyrillic <-> Latin for plain text and HTML, slugs, search.

Pure Python, standard library only (Django is never imported here), so the
engine can run in management commands, workers and the command line alike
(``python -m pressroom.serbian``). Content is stored in Cyrillic; the Latin
site is derived from it with :func:`html_to_latin`.

Cyrillic -> Latin (:func:`to_latin`, :func:`html_to_latin`)
===========================================================

* The 30 Serbian Cyrillic letters map to Serbian Latin (Gaj's alphabet):
  а→a … ђ→đ, ж→ž, ј→j, љ→lj, њ→nj, ћ→ć, ч→č, џ→dž, ш→š; capitals likewise.
  ѐ/ѝ (Ѐ/Ѝ), used in Serbian to mark accents (сѐ), become è/ì (È/Ì).
  Every other character, including Russian/Macedonian-only Cyrillic letters
  (ы, ѓ, ќ, …), passes through unchanged.
* Capital digraphs follow the case of their context:

  - Љ/Њ/Џ followed by a lowercase letter → Lj/Nj/Dž (Љубав → Ljubav);
  - followed by an uppercase letter, or preceded by one and not followed by a
    lowercase letter → LJ/NJ/DŽ (ЉУБАВ → LJUBAV, КОЊ → KONJ, ЏЏ → DŽDŽ);
  - a capital digraph letter standing alone (no letter on either side, e.g.
    the word "Љ") → LJ/NJ/DŽ when the nearest word before or after it is an
    all-caps word of two or more letters ("ЉУБАВ НАЦИЈА Љ." → "… LJ."),
    otherwise Lj/Nj/Dž ("слово Љ" → "slovo Lj"; a lone "Љ" → "Lj"). The
    title-case form is the default because a lone capital is far more often
    an initial or a letter being named than part of shouted text.
  - In HTML (and in :func:`to_latin_pieces`) the neighbours are the visible
    letters: tags and piece boundaries are passed over, so "Њ<b>ЕГОШ</b>"
    → "NJ<b>EGOŠ</b>". An attribute value is a text of its own.
* URLs (``scheme://…``, ``www.…``), e-mail addresses and bare domain names
  ending in a Cyrillic top-level domain (:data:`CYRILLIC_TLDS`: "влада.срб",
  "пример.рф/вести") are never changed, even when they contain Cyrillic (an
  IDN address written in Cyrillic is a different address once
  transliterated). Latin text, digits and Roman numerals contain no Cyrillic
  and are left exactly as they are.
* A Roman numeral typed with a Cyrillic look-alike is written with Latin
  letters: a token mixing Cyrillic Х or І with Latin Roman letters, or two or
  more Cyrillic Х ("Луј ХIV" → "Luj XIV", "ХХ век" → "XX vek", not "HIV",
  "HH"). (A Cyrillic М becomes M anyway; a С among Latin numerals is not
  recognised.)

Latin -> Cyrillic (:func:`to_cyrillic`, :func:`html_to_cyrillic`)
=================================================================

For editors who paste Latin text. Text is handled word by word (a word is a
run of letters; a compound is words joined by hyphens or apostrophes, with
digits after a hyphen: "SARS-CoV-2", "McDonald's", "NATO-a"); digits,
punctuation and spacing never change.

* These stay Latin, unconverted:

  - URLs, e-mail addresses and bare Cyrillic domain names (as above);
  - words given in ``foreign_words`` (whole-word, case-insensitive match; an
    entry may also be a phrase such as "Foreign Policy");
  - compounds with a letter outside the Serbian alphabets, i.e. any Latin
    letter other than a–z without q, w, x, y plus č ć đ š ž (and the
    ligatures ǆ ǉ ǌ): "Policy", "WHO", "Müller", "Washington", "Wi-Fi" are
    treated as foreign, the whole compound with them;
  - compounds with an inner capital, a lowercase Latin letter followed by a
    capital or a capital after an apostrophe: "iPhone", "PfP", "SARS-CoV-2",
    "McDonald's", "O'Neill";
  - the capitalised neighbours of a foreign name (one with a capital and a
    lowercase letter), separated from it by spaces only, so that a name of
    several words stays Latin together: "časopis Foreign Policy",
    "Wall Street Journal". A neighbour joins only if it does not open a
    sentence, is not all caps and has no letter only Serbian uses (č ć đ š ž,
    lj nj dž): "Juče Wilson", "U Washingtonu Vučić" keep Juče and Vučić
    Serbian;
  - Roman numerals: all-capital words that are well-formed Roman numerals
    (II, IV, XXI, MCMXC), and look-alike numerals ("ХIV" → XIV, as above).
    Exceptions: a one-letter numeral (I, V, L, C, D, M) followed by a full
    stop and a capitalised word is an initial and converted ("Milan V.
    Petrović" → "Милан В. Петровић"), unless that word is one that opens
    sentences (:data:`SENTENCE_OPENERS`: "Karlo V. Posle njega…" keeps V);
    the numerals that are also Serbian words (I "and", VI "you", MI "we",
    LI, DIV) are converted when they start a sentence ("I onda…" → "И
    онда…", for I) or sit next to an all-caps word ("SRBIJA I GRČKA" →
    "СРБИЈА И ГРЧКА"); "Petar I", "a I b" keep "I". The rule and its limits:
    docs/serbian-script.md.

* All other words are converted, acronyms included: NATO → НАТО, EU → ЕУ.
* Digraphs: lj/Lj/LJ → љ/Љ/Љ, nj/Nj/NJ → њ/Њ/Њ, dž/Dž/DŽ → џ/Џ/Џ, and the
  ligature letters ǉ ǈ Ǉ, ǌ ǋ Ǌ, ǆ ǅ Ǆ likewise. "dj" is д + ј, not ђ: modern
  Serbian Latin writes đ, and "dj" occurs in real words (odjek, podjela).
* Where a digraph spans a morpheme boundary it must be split (nadživeti is
  над + живети, not *наџивети). :data:`DIGRAPH_EXCEPTIONS` lists the word
  beginnings where that happens; see its comment for how it is matched. An
  editor can also force a split by typing a zero-width non-joiner (U+200C)
  between the two letters; it is dropped from the output.
* Decomposed diacritics (c + U+030C …) are composed first, so pasted text from
  macOS converts like any other.

HTML (:func:`html_to_latin`, :func:`html_to_cyrillic`)
======================================================

The markup is scanned with a hand-written tokenizer over the raw string (no
parse tree, no decoding): only text nodes and human-readable attribute values
change, every other byte is copied as written. Which elements and attributes
are special is given once, in :data:`ELEMENT_RULES`,
:data:`READABLE_ATTRIBUTES`, :data:`ELEMENT_READABLE_ATTRIBUTES` and
:data:`STATE_ATTRIBUTES`; the careful tokenizer and the fast path (one regex
match over runs of ordinary text and tags) are both built from these tables
and give the same output.

* Converted attributes: ``alt``, ``title``, ``placeholder``, ``aria-label``,
  ``aria-description``, ``aria-roledescription``, ``aria-placeholder``,
  ``aria-valuetext``; ``label`` on ``<option>``, ``<optgroup>``, ``<track>``;
  ``value`` only on ``<input type=submit|button|reset>`` (where it is the
  button's caption; elsewhere it is data sent to the server);
  ``content`` on ``<meta>`` whose ``name``/``property`` is one of
  :data:`META_CONTENT_NAMES` (description, keywords, og:title, og:description,
  og:site_name, og:image:alt, twitter:title, twitter:description,
  twitter:image:alt, application-name, apple-mobile-web-app-title).
* Never changed: tag and attribute names, all other attribute values (href,
  src, id, class, data-*, …), comments, doctype, CDATA, processing
  instructions, the contents of ``<script>``, ``<style>``, ``<textarea>`` (the
  editable value a form submits), ``<xmp>``, ``<iframe>``, ``<noembed>``,
  ``<noframes>``, ``<plaintext>``, and elements with all their descendants:
  ``<code>``, ``<pre>``, ``<kbd>``, ``<samp>``, ``<var>``, anything with
  ``translate="no"``
  (nothing inside it is re-enabled), and anything whose ``lang`` (or
  ``xml:lang``) is not Serbian. A ``lang`` starting with ``sr`` re-enables
  conversion inside a non-Serbian element; an empty ``lang`` means "unknown"
  and protects. An element's own attributes follow the same rule as its
  contents.
* ``<title>`` text is converted (it is read as text, tags inside are text).
* ``<script type="application/ld+json">`` (structured data that search
  engines and social networks show to people, such as a headline) is
  converted as text: JSON keeps Cyrillic letters literal, and its quotes and
  backslashes end a URL, so URLs in it stay as they are.
* Character references stay as written: text is converted in its raw form,
  so ``&amp;`` and ``&#1114;`` survive (a Cyrillic letter written as a
  numeric reference is therefore not converted). In Latin -> Cyrillic, entity
  names are protected from conversion.
* Malformed input never raises: a ``<`` not followed by a tag name is text;
  an unterminated tag, comment or raw-text element runs to the end of the
  input and is kept as is; quoted attribute values may contain ``>``; end
  tags without a matching open element are ignored, except that the end tag
  of an enclosing block (``</div>``, ``</td>``, ``</body>``, …) also ends
  protection opened inside it and never closed. ``<x/>`` is treated as
  self-closing.

Slugs and search
================

* :func:`serbian_slug`: Latin first, then č ć → c, đ → dj, š → s, ž → z
  (so dž → dz), other diacritics stripped, lowercase, runs of anything but
  [a-z0-9] → "-", cut at a word boundary within ``max_length`` (hard cut only
  when the first word alone is longer). May return "" (caller's fallback).
* :func:`search_fold`: Latin, casefold, đ → dj, diacritics stripped, every
  character that is not a letter or digit → space, whitespace collapsed:
  "Вучић", "VUČIĆ", "vucic" → "vucic"; "Ђорђевић", "djordjevic" → "djordjevic".
"""

from __future__ import annotations

import codecs
import functools
import json
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable

__all__ = [
    "DIGRAPH_EXCEPTIONS",
    "META_CONTENT_NAMES",
    "html_to_cyrillic",
    "html_to_latin",
    "json_to_latin",
    "search_fold",
    "serbian_slug",
    "to_cyrillic",
    "to_latin",
    "to_latin_pieces",
    "xml_to_latin",
]

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
# Digraph exceptions for Latin -> Cyrillic
# ---------------------------------------------------------------------------

#: Word beginnings (lowercase Serbian Latin) in which a Latin digraph is two
#: Cyrillic letters; "|" marks the split. An entry matches at the start of a
#: word (in any case), so it covers every inflected and derived form
#: (nad|živ: nadživeti, nadživela, nadživljavati). Entries are not matched in
#: the middle of words because short stems would then hit unrelated words
#: (an|jon "anion" is inside kanjon "canyon", which is кањон); prefixed forms
#: that matter get their own entry (nekon|jug…). The families: the prefixes
#: nad-, od-, pod-, pred- before a root starting with ž; loanwords with n + j
#: (Latin in-/con- + j…); and names. Compiled by hand from Serbian
#: dictionaries and from the families other converters list (MediaWiki's
#: LangConv, Ćirilizator); no "lj" case is common enough to list yet.
DIGRAPH_EXCEPTIONS: dict[str, tuple[str, ...]] = {
    "dž": (
        "nad|žanj",  # nadžanjeti
        "nad|želj",
        "nad|žet",  # nadžeti, nadžeto
        "nad|živ",  # nadživeti, nadživjeti, nadživljavati
        "nad|žnje",  # nadžnjeti
        "nad|žup",  # nadžupan, nadžupnik
        "od|žal",  # odžaliti, odžalovati
        "od|žar",  # odžariti
        "od|žed",
        "od|žive",  # odživeti, odživela
        "od|živl",  # odživljavati
        "od|žubor",
        "od|žvak",  # odžvakati
        "pod|žanr",
        "pod|žar",  # podžariti, podžarivati
        "pod|žeć",  # podžeći
        "pod|žel",  # podželudačni
        "pod|žeš",
        "pod|žež",  # podžeže
        "pod|žig",  # podžigati, podžigač
        "pod|žnje",
        "pod|žup",  # podžupan, podžupanija
        "pred|želud",
        "pred|ženid",  # predženidbeni
        "pred|žetv",  # predžetveni
        "pred|živ",  # predživotni
        "feld|žandar",  # feldžandarm
    ),
    "nj": (
        "an|jon",  # anjon (anion)
        "ben|jamin",  # Benjamin
        "in|jekc",  # injekcija
        "in|jekt",  # injektor, injektirati
        "in|jicir",  # injicirati
        "in|junk",  # injunkcija
        "in|jurij",  # injurija
        "kon|jekt",  # konjektura
        "kon|jug",  # konjugacija, konjugovati
        "kon|junk",  # konjunkcija, konjunktura, konjunktiv
        "nekon|jug",
        "nekon|junk",
        "pan|jugoslov",  # panjugoslovenski
        "tan|jug",  # Tanjug (the news agency)
        "van|jezi",  # vanjezički
        "van|jugoslov",  # vanjugoslovenski
        "van|jevrop",  # vanjevropski
    ),
    "lj": (),
}


def _build_exception_index() -> tuple[dict[str, int], int, int]:
    index: dict[str, int] = {}
    for entries in DIGRAPH_EXCEPTIONS.values():
        for entry in entries:
            head, _, tail = entry.partition("|")
            index[head + tail] = len(head)
    lengths = [len(k) for k in index] or [0]
    return index, min(lengths), max(lengths)


_EXCEPTIONS, _EXC_MIN, _EXC_MAX = _build_exception_index()

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

_TRANSPARENT = frozenset(
    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14"
)
_TAG_SCAN_LIMIT = 4096  # longest tag looked through
_LETTER_RE = re.compile(r"[^\W\d_]")
_TRANSPARENT_CLASS = "\\x00-\\x08\\x0e-\\x14"
# Every capital digraph letter not followed by a lowercase letter (followed by
# one it is always Lj). Group "caps": decided at once, because the next
# character is a capital, or the previous one is and the next one is neither
# lowercase nor markup; the rest go to _markup_caps_replacement.
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


def _caps_rule(prev: str, nxt: str, before, after) -> bool:
    """The capital digraph rule of the module docstring, on given neighbours.

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
    candidates = []
    for pattern in _LOOKALIKE_CANDIDATE_RES:
        if pattern.pattern[0] in text:
            candidates += (m.start() for m in pattern.finditer(text))
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


def _latin_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans kept or rewritten by Cyrillic -> Latin, sorted, non-overlapping.

    Each is (start, end, replacement): URLs, e-mail addresses and bare
    Cyrillic domains with Cyrillic in them stay as written; look-alike Roman
    numerals become Latin numerals.
    """
    spans = []
    if _may_have_links(text):
        spans = _link_spans(text, cyrillic_only=True)
    if _IDN_TLD_RE.search(text):
        spans += _idn_spans(text)
    found = [(s, e, text[s:e]) for s, e in _merge_spans(spans)] if spans else []
    roman = _mixed_roman_spans(text)
    if roman:
        kept = [(s, e) for s, e, _ in found]
        found += [r for r in roman if not _overlaps(kept, r[0], r[1])]
        found.sort()
    return found


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
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

    Only the Serbian Cyrillic letters change (see the module docstring for
    the digraph capitalisation rule); URLs and e-mail addresses are kept as
    written, everything else passes through unchanged.
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
    parts = []
    last = 0
    for start, end, replacement in spans:
        parts.append(_latin_core(text[last:start], markup))
        parts.append(replacement)
        last = end
    parts.append(_latin_core(text[last:], markup))
    return "".join(parts)


# ---------------------------------------------------------------------------
# Public: Latin -> Cyrillic
# ---------------------------------------------------------------------------

_WORD_RE = re.compile("[^\\W\\d_]+(?:\u200c[^\\W\\d_]+)*")
_ROMAN_RE = re.compile(
    r"(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
)
# Roman numerals that are also Serbian words (i "and", vi "you", mi "we",
# li, div "giant"): converted when the context says they are words.
_ROMAN_WORDS = frozenset({"I", "VI", "MI", "LI", "DIV"})
_SENTENCE_START_RE = re.compile(r"(?:\A|[.!?…:\n])[\s\"'„“”«»‘’(\[\-–—]*\Z")
_ENTITY_RE = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);?")
_DECOMPOSED = {
    "c\u030c": "č",
    "c\u0301": "ć",
    "s\u030c": "š",
    "z\u030c": "ž",
    "C\u030c": "Č",
    "C\u0301": "Ć",
    "S\u030c": "Š",
    "Z\u030c": "Ž",
}
_DECOMPOSED_RE = re.compile("[cszCSZ][\u030c\u0301]")


def _compose(text: str) -> str:
    if "\u030c" in text or "\u0301" in text:
        return _DECOMPOSED_RE.sub(lambda m: _DECOMPOSED.get(m.group(), m.group()), text)
    return text


@functools.lru_cache(maxsize=64)
def _foreign_regex(entries: tuple[str, ...]) -> re.Pattern[str] | None:
    alternatives = []
    for entry in sorted(set(entries), key=len, reverse=True):
        pattern = re.escape(entry)
        if entry[0].isalnum():
            pattern = r"(?<!\w)" + pattern
        if entry[-1].isalnum():
            pattern += r"(?!\w)"
        alternatives.append(pattern)
    if not alternatives:
        return None
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _neighbour_is_caps(text: str, start: int, end: int) -> bool:
    before = _PREV_WORD_RE.search(text, max(0, start - _CONTEXT), start)
    if before:
        word = before.group(1)
        if _is_caps_word(word) and not _ROMAN_RE.fullmatch(word):
            return True
    after = _NEXT_WORD_RE.match(text, end, end + _CONTEXT)
    if after:
        word = after.group(1)
        if _is_caps_word(word) and not _ROMAN_RE.fullmatch(word):
            return True
    return False


def _cyr_letters(word: str) -> str:
    word = _LAT_DIGRAPH_RE.sub(lambda m: _LAT_DIGRAPH_CYR[m.group()[0]], word)
    return word.translate(_LAT_TO_CYR_TABLE)


def _cyr_part(text: str, start: int, end: int) -> str:
    """Latin -> Cyrillic for the word ``text[start:end]`` (context: ``text``)."""
    word = text[start:end]
    numeral = _mixed_roman(word)
    if numeral is not None:
        return numeral
    if _NON_SERBIAN_LETTER_RE.search(word):
        return word
    if word.isupper() and _ROMAN_RE.fullmatch(word):
        if len(word) == 1 and _is_initial(text, end):
            pass  # "Milan V. Petrović": an initial, converted like any letter
        elif word not in _ROMAN_WORDS:
            return word
        else:
            sentence_start = word == "I" and _SENTENCE_START_RE.search(
                text, max(0, start - _CONTEXT), start
            )
            if not sentence_start and not _neighbour_is_caps(text, start, end):
                return word
    if "\u200c" in word:
        # The editor's explicit split marker: convert the parts separately.
        return "".join(_cyr_digraph_aware(part) for part in word.split("\u200c"))
    return _cyr_digraph_aware(word)


# --- Initials and Roman numerals ---------------------------------------------
#
# A single capital that is also a Roman numeral (I, V, L, C, D, M; X is not a
# Serbian letter and always stays) is an initial when a full stop follows it
# and then, after spaces, a word with a capital letter: "Milan V. Petrović",
# "V. M. Petrović", "I. Andrić". Serbian writes Roman numerals without a full
# stop (Petar I, Karlo V, XXI vek), so a numeral with one is the end of a
# sentence: when the word after the stop is one that opens sentences (a
# pronoun, preposition, conjunction or adverb below), the letter stays a
# numeral ("… Pije V. Posle njega …"). See docs/serbian-script.md for limits.
_INITIAL_NEXT_RE = re.compile(r"\.[ \u00a0\u202f]*([^\W\d_]+)")
#: Words that open sentences and are never surnames (lowercase).
SENTENCE_OPENERS = frozenset(
    {
        "a", "ali", "i", "ili", "pa", "te", "ni", "niti", "no", "već", "jer", "da",
        "kao", "kada", "kad", "dok", "ako", "iako", "čim", "u", "na", "o", "od", "do",
        "za", "sa", "s", "po", "pri", "iz", "kod", "kroz", "pod", "nad", "pred",
        "pre", "posle", "nakon", "tokom", "zbog", "prema", "bez", "osim", "oko",
        "među", "između", "protiv", "tada", "zatim", "onda", "potom", "tako",
        "takođe", "ipak", "međutim", "stoga", "zato", "dakle", "još", "sve", "svi",
        "to", "taj", "ta", "ti", "tu", "tamo", "ovde", "on", "ona", "ono", "oni",
        "one", "ja", "mi", "vi", "njegov", "njegova", "njegovo", "njen", "njena",
        "njeno", "njihov", "njihova", "njihovo", "ovaj", "ova", "ovo", "ovi", "ove",
        "onaj", "je", "su", "bio", "bila", "bilo", "bili", "nije", "nisu", "biće",
    }
)  # fmt: skip


def _is_initial(text: str, end: int) -> bool:
    """Whether the one-letter word ending at ``end`` is an initial."""
    m = _INITIAL_NEXT_RE.match(text, end)
    if m is None:
        return False
    following = m.group(1)
    return following[0].isupper() and following.lower() not in SENTENCE_OPENERS


# --- Foreign words -------------------------------------------------------------
#
# A compound is a word with its hyphenated or apostrophe-joined parts
# ("SARS-CoV-2", "Wi-Fi", "McDonald's", "NATO-a"). It is foreign, and kept as
# written, when any part has a letter outside the Serbian alphabets or an
# inner capital (a lowercase letter followed by a capital, or a capital after
# an apostrophe: "iPhone", "PfP", "CoV", "O'Brien"). A foreign name-like
# compound (with a capital and a lowercase letter) takes its capitalised
# neighbours along, so "Foreign Policy" stays Latin as a whole; see
# _extend_foreign_runs for which neighbours.
_PART = "[^\\W\\d_]+(?:\u200c[^\\W\\d_]+)*"
_COMPOUND_RE = re.compile(_PART + "(?:[-\u2010\u2011'’](?:" + _PART + "|[0-9]+))*")
_FOREIGN_CHAR_RE = re.compile(
    "[^a-pr-vzA-PR-VZčćđšžČĆĐŠŽǉǈǇǌǋǊǆǅǄÐ\u0400-\u052f\u200c0-9\\-\u2010\u2011'’]"
)
_INNER_CAPITAL_RE = re.compile("[a-z][A-Z]|['’][A-Z]")
_RUN_GAP_RE = re.compile("[ \u00a0\u202f]+")
_SERBIAN_ONLY_RE = re.compile("[čćđšžČĆĐŠŽ]|[lLnN][jJ]|[dD][žŽ]")


def _is_foreign_compound(token: str) -> bool:
    if not (_FOREIGN_CHAR_RE.search(token) or _INNER_CAPITAL_RE.search(token)):
        return False
    # "ХXI" (Cyrillic Х, Latin XI) is a numeral: converted to Latin XXI below.
    return not any(_mixed_roman(part) for part in _WORD_RE.findall(token))


def _is_name_like(token: str) -> bool:
    return any(ch.isupper() for ch in token) and any(ch.islower() for ch in token)


def _may_join_run(text: str, start: int, end: int) -> bool:
    """Whether a Serbian-looking word may join a neighbouring foreign name.

    Only a capitalised word ("Foreign", "Post") that does not open a sentence
    ("Juče Wilson …") and has no letter only Serbian uses ("Vučić").
    """
    token = text[start:end]
    return (
        token[0].isupper()
        and not token.isupper()
        and not _INNER_CAPITAL_RE.search(token)
        and not _SERBIAN_ONLY_RE.search(token)
        and not _SENTENCE_START_RE.search(text, max(0, start - _CONTEXT), start)
    )


def _extend_foreign_runs(
    text: str, tokens: list[tuple[int, int]], foreign: list[bool]
) -> None:
    """Mark the capitalised neighbours of foreign names foreign (in place).

    Neighbours are separated by spaces only; the run grows from every foreign
    name-like compound in both directions while the next word may join it
    (see :func:`_may_join_run`) or is itself foreign and capitalised.
    """
    count = len(tokens)
    for k in range(count):
        start, end = tokens[k]
        if not foreign[k] or not _is_name_like(text[start:end]):
            continue
        for step in (-1, 1):
            j = k
            while 0 <= j + step < count:
                near = j + step
                left, right = (near, j) if step < 0 else (j, near)
                if not _RUN_GAP_RE.fullmatch(text, tokens[left][1], tokens[right][0]):
                    break
                near_start, near_end = tokens[near]
                if foreign[near]:
                    if not text[near_start].isupper():
                        break
                elif _may_join_run(text, near_start, near_end):
                    foreign[near] = True
                else:
                    break
                j = near


def _cyr_digraph_aware(word: str) -> str:
    lower = word.lower()
    if ("lj" in lower or "nj" in lower or "dž" in lower) and len(lower) >= _EXC_MIN:
        for size in range(min(len(lower), _EXC_MAX), _EXC_MIN - 1, -1):
            split = _EXCEPTIONS.get(lower[:size])
            if split is not None:
                return _cyr_letters(word[:split]) + _cyr_letters(word[split:])
    return _cyr_letters(word)


def _cyr_plain(text: str) -> str:
    tokens = [m.span() for m in _COMPOUND_RE.finditer(text)]
    if not tokens:
        return text
    foreign = [_is_foreign_compound(text[start:end]) for start, end in tokens]
    if any(foreign):
        _extend_foreign_runs(text, tokens, foreign)
    out = []
    last = 0
    for (start, end), keep in zip(tokens, foreign, strict=True):
        out.append(text[last:start])
        if keep:
            out.append(text[start:end])
        else:
            pos = start
            for m in _WORD_RE.finditer(text, start, end):
                out.append(text[pos : m.start()])
                out.append(_cyr_part(text, m.start(), m.end()))
                pos = m.end()
            out.append(text[pos:end])
        last = end
    out.append(text[last:])
    return "".join(out)


def _cyr_text(
    text: str, foreign: re.Pattern[str] | None, entities: bool = False
) -> str:
    """Latin -> Cyrillic for one string, keeping protected spans as written."""
    text = _compose(text)
    spans = _link_spans(text) if _may_have_links(text) else []
    if _IDN_TLD_RE.search(text):
        spans.extend(_idn_spans(text))
    if foreign is not None:
        spans.extend(m.span() for m in foreign.finditer(text))
    if entities and "&" in text:
        spans.extend(m.span() for m in _ENTITY_RE.finditer(text))
    if not spans:
        return _cyr_plain(text)
    spans.sort()
    parts = []
    last = 0
    for start, end in spans:
        if start < last:
            start = last
        if end <= start:
            continue
        parts.append(_cyr_plain(text[last:start]))
        parts.append(text[start:end])
        last = end
    parts.append(_cyr_plain(text[last:]))
    return "".join(parts)


def _normalise_foreign(foreign_words: Iterable[str]) -> tuple[str, ...]:
    if isinstance(foreign_words, str):
        foreign_words = (foreign_words,)
    return tuple(sorted({w.strip() for w in foreign_words if w and w.strip()}))


def to_cyrillic(text: str, *, foreign_words: Iterable[str] = ()) -> str:
    """Convert Serbian Latin plain text to Serbian Cyrillic.

    URLs, e-mail addresses, words in ``foreign_words`` (case-insensitive,
    whole words or phrases), words with letters outside the Serbian alphabet
    (q, w, x, y, ü, …) and Roman numerals stay Latin; digraphs that span a
    morpheme boundary are split using :data:`DIGRAPH_EXCEPTIONS`. See the
    module docstring for the full rules.
    """
    if not isinstance(text, str):
        raise TypeError("to_cyrillic() expects str")
    if not text:
        return text
    return _cyr_text(text, _foreign_regex(_normalise_foreign(foreign_words)))


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

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
_ATTR_RE = re.compile(
    r"""([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"""
)
# --- The element and attribute rules, used by both HTML paths ---------------

#: Kinds of element in :data:`ELEMENT_RULES`.
RAW = "raw"  # contents are raw text, kept as written (script, style, …)
READABLE_RAW = "readable raw"  # raw text that people read: converted (title)
REST_RAW = "rest raw"  # everything after the start tag is raw text
PROTECTED = "protected"  # code-like: kept with attributes and descendants
VOID = "void"  # no contents, no end tag

#: How the converters treat an element, by (lowercase) name; an element not
#: listed is ordinary markup whose text is converted. Both HTML paths are
#: built from this table: the careful tokenizer looks names up in it, and the
#: fast path's regex stops at every element listed here that is not void.
ELEMENT_RULES: dict[str, str] = {
    **dict.fromkeys(
        ("script", "style", "textarea", "xmp", "iframe", "noembed", "noframes"),
        RAW,
    ),
    "title": READABLE_RAW,
    "plaintext": REST_RAW,
    **dict.fromkeys(("code", "pre", "kbd", "samp", "var"), PROTECTED),
    **dict.fromkeys(
        (
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr", "keygen", "basefont",
            "bgsound", "frame",
        ),
        VOID,
    ),
}  # fmt: skip

#: Attributes whose values people read, on every element.
READABLE_ATTRIBUTES = frozenset(
    {
        "alt", "title", "placeholder", "aria-label", "aria-description",
        "aria-roledescription", "aria-placeholder", "aria-valuetext",
    }
)  # fmt: skip
#: Attributes read on some elements only (see :func:`_readable_spans` for the
#: conditions on ``<input type>`` and ``<meta name>``).
ELEMENT_READABLE_ATTRIBUTES = {
    "label": frozenset({"option", "optgroup", "track"}),
    "value": frozenset({"input"}),
    "content": frozenset({"meta"}),
}
#: Attributes that change how an element and its contents are treated.
STATE_ATTRIBUTES = ("lang", "xml:lang", "translate")
_BUTTON_INPUT_TYPES = frozenset({"submit", "button", "reset"})

# Cheap test whether a start tag's attributes can matter at all.
_ATTR_INTEREST_RE = re.compile(
    "|".join(
        re.escape(name)
        for name in sorted(
            {*READABLE_ATTRIBUTES, *ELEMENT_READABLE_ATTRIBUTES, *STATE_ATTRIBUTES}
        )
    ),
    re.IGNORECASE,
)
#: ``<meta name=… / property=…>`` whose ``content`` is human-readable.
META_CONTENT_NAMES = frozenset(
    {
        "description", "keywords", "og:title", "og:description",
        "og:site_name", "og:image:alt", "twitter:title",
        "twitter:description", "twitter:image:alt", "application-name",
        "apple-mobile-web-app-title",
    }
)  # fmt: skip
# Closing one of these also ends protection opened (and left open) inside it.
_BLOCK_CLOSERS = frozenset(
    {
        "html", "body", "div", "section", "article", "main", "aside", "nav",
        "header", "footer", "td", "th", "tr", "table", "tbody", "thead",
        "tfoot", "ul", "ol", "dl", "li", "blockquote", "figure", "form",
        "details", "fieldset", "p", "h1", "h2", "h3", "h4", "h5", "h6", "dd",
        "dt", "figcaption", "caption",
    }
)  # fmt: skip
# Start tags that implicitly close an open <p> (HTML's optional end tag).
_CLOSES_P = frozenset(
    {
        "address", "article", "aside", "blockquote", "details", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu",
        "nav", "ol", "p", "pre", "section", "table", "ul",
    }
)  # fmt: skip
_SIBLING_CLOSERS = {
    "li": ("li",),
    "dt": ("dt", "dd"),
    "dd": ("dt", "dd"),
    "option": ("option",),
    "tr": ("tr", "td", "th"),
    "td": ("td", "th"),
    "th": ("td", "th"),
}

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
_SEPARATORS = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14"


def _convert_batch(segments: list[str], convert: Callable[[str], str]) -> list[str]:
    """Convert many text segments with one call (call overhead dominates)."""
    if len(segments) > 1:
        for sep in _SEPARATORS:
            if not any(sep in s for s in segments):
                out = convert(sep.join(segments)).split(sep)
                if len(out) == len(segments):
                    return out
                break
    return [convert(s) for s in segments]


def _convert_html(
    html: str,
    convert: Callable[[str], str],
    fast_run: re.Pattern[str] | None,
    convert_value: Callable[[str], str] | None = None,
) -> str:
    """Convert the text of ``html`` with ``convert``.

    Text (text nodes, title, JSON-LD) is converted in one batch, so context
    such as a capital digraph's neighbours reaches across tags. Each readable
    attribute value outside a fast run is converted on its own with
    ``convert_value`` (default ``convert``), as a value is a text of its own.
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
    convert_value = convert_value or convert
    for index, value in values:
        out[index] = convert_value(value)
    return "".join(out)


def html_to_latin(html: str) -> str:
    """Convert the text of an HTML document or fragment from Cyrillic to Latin.

    Only text nodes and human-readable attributes change; markup, entities,
    code-like and non-Serbian elements are kept byte for byte. Never raises on
    malformed markup. See the module docstring for the exact rules.
    """
    if not isinstance(html, str):
        raise TypeError("html_to_latin() expects str")
    if not _HAS_CYRILLIC_RE.search(html):
        return html
    return _html_to_latin(html, _FAST_RUN_RE)


def _html_to_latin(html: str, fast_run: re.Pattern[str] | None) -> str:
    """html_to_latin() with the given fast-run regex, or only the careful path."""
    return _convert_html(html, _markup_to_latin, fast_run, to_latin)


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


# ---------------------------------------------------------------------------
# XML (feeds, sitemaps) and JSON
# ---------------------------------------------------------------------------

_XML_TOKEN_RE = re.compile(
    r"<!--[\s\S]*?(?:-->|\Z)"
    r"|<!\[CDATA\[[\s\S]*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*+(?:>|\Z)"
    r"|<[^>\"']*+(?:(?:\"[^\"]*+\"|'[^']*+')[^>\"']*+)*+(?:>|\Z)"
)
_XML_ATTR_RE = re.compile(r"""(?<=[\s"'])([\w:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
#: XML attributes whose values people read (Atom's category term and label,
#: a link's title); every other attribute (href, url, hreflang, …) is data.
XML_READABLE_ATTRIBUTES = frozenset({"term", "label", "title"})
_XML_REFERENCE_RE = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|lt|gt|amp|quot|apos);")
_XML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _xml_unescape(text: str) -> str:
    def replace(m: re.Match[str]) -> str:
        ref = m.group()[1:-1]
        if ref[0] == "#":
            return chr(int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:]))
        return _XML_NAMED[ref]

    return _XML_REFERENCE_RE.sub(replace, text)


def _xml_text_to_latin(text: str, quote: str = "") -> str:
    """Convert escaped XML character data; unchanged text keeps its bytes."""
    if "&" not in text:
        return to_latin(text)
    plain = _xml_unescape(text)
    if not _HAS_CYRILLIC_RE.search(plain):
        return text
    out = to_latin(plain).replace("&", "&amp;").replace("<", "&lt;")
    out = out.replace(">", "&gt;")
    return out.replace(quote, "&quot;" if quote == '"' else "&apos;") if quote else out


def _xml_tag_to_latin(tag: str) -> str:
    if not _HAS_CYRILLIC_RE.search(tag) or tag.startswith(("<!", "<?")):
        return tag

    def replace(m: re.Match[str]) -> str:
        if m.group(1).split(":")[-1].lower() not in XML_READABLE_ATTRIBUTES:
            return m.group()
        group = 2 if m.group(2) is not None else 3
        quote = '"' if group == 2 else "'"
        start, end = m.start(group) - m.start(), m.end(group) - m.start()
        value = _xml_text_to_latin(m.group(group), quote)
        return m.group()[:start] + value + m.group()[end:]

    return _XML_ATTR_RE.sub(replace, tag)


def xml_to_latin(xml: str) -> str:
    """Convert the text of an XML document (RSS, Atom) from Cyrillic to Latin.

    Character data and CDATA sections are converted after resolving character
    references, so an escaped URL (``&quot;https://…&quot;``) or markup
    (``&lt;p&gt;``) inside the text neither hides the words after it nor gets
    changed; the result is escaped again. Of the attributes, only the readable
    ones in :data:`XML_READABLE_ATTRIBUTES` change. Element names, other
    attributes, comments and processing instructions are kept as written.
    """
    if not isinstance(xml, str):
        raise TypeError("xml_to_latin() expects str")
    if not _HAS_CYRILLIC_RE.search(xml) and "&#" not in xml:
        return xml
    out = []
    pos = 0
    for m in _XML_TOKEN_RE.finditer(xml):
        out.append(_xml_text_to_latin(xml[pos : m.start()]))
        token = m.group()
        if token.startswith("<![CDATA["):
            out.append(to_latin(token))
        elif token.startswith("<!--"):
            out.append(token)
        else:
            out.append(_xml_tag_to_latin(token))
        pos = m.end()
    out.append(_xml_text_to_latin(xml[pos:]))
    return "".join(out)


def _json_value_to_latin(value: object) -> object:
    if isinstance(value, str):
        # Rich text travels as HTML strings: keep its code and foreign parts.
        return html_to_latin(value) if "<" in value else to_latin(value)
    if isinstance(value, list):
        return [_json_value_to_latin(item) for item in value]
    if isinstance(value, dict):
        return {key: _json_value_to_latin(item) for key, item in value.items()}
    return value


def json_to_latin(text: str) -> str:
    """Convert the string values of a JSON document from Cyrillic to Latin.

    The document is parsed, so letters written as ``\\u`` escapes are
    converted too; keys never change. Strings holding markup go through
    :func:`html_to_latin`, the others through :func:`to_latin`. Text that is
    not valid JSON is converted as plain text. The output is compact UTF-8
    JSON.
    """
    if not isinstance(text, str):
        raise TypeError("json_to_latin() expects str")
    try:
        value = json.loads(text)
    except ValueError:
        return to_latin(text)
    return json.dumps(
        _json_value_to_latin(value), ensure_ascii=False, separators=(",", ":")
    )


# ---------------------------------------------------------------------------
# Slugs and search
# ---------------------------------------------------------------------------

_ASCII_FOLD = str.maketrans({"đ": "dj", "Đ": "Dj", "ð": "d", "Ð": "D"})
_SLUG_JUNK_RE = re.compile(r"[^a-z0-9]+")
_SEARCH_JUNK_RE = re.compile(r"[\W_]+")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def serbian_slug(text: str, max_length: int = 80) -> str:
    """Return an ASCII Latin slug for Serbian text (Cyrillic or Latin).

    "Посета Џорџа Љубића Ђурђевдан" → "poseta-dzordza-ljubica-djurdjevdan".
    Cut at a word boundary so the slug is at most ``max_length`` characters.
    """
    if max_length <= 0 or not text:
        return ""
    latin = to_latin(text).translate(_ASCII_FOLD)
    slug = _SLUG_JUNK_RE.sub("-", _strip_marks(latin).lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        boundary = cut.rfind("-")
        slug = cut[:boundary] if boundary > 0 else slug[:max_length]
        slug = slug.strip("-")
    return slug


def search_fold(text: str) -> str:
    """Normalise text for search indexing and queries.

    Latin script, casefolded, đ → dj, diacritics removed, non-alphanumerics
    turned into single spaces: "Вучић", "VUČIĆ" and "vucic" all give "vucic".
    """
    if not text:
        return ""
    folded = to_latin(text).casefold().translate(_ASCII_FOLD)
    return _SEARCH_JUNK_RE.sub(" ", _strip_marks(folded)).strip()
