"""Words: Serbian Latin -> Cyrillic, word by word.

Digraph exceptions, Roman numerals and initials, foreign words and names.
The rules are described in :mod:`pressroom.serbian.script`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from .letters import (
    _CONTEXT,
    _IDN_TLD_RE,
    _LAT_DIGRAPH_CYR,
    _LAT_DIGRAPH_RE,
    _LAT_TO_CYR_TABLE,
    _NEXT_WORD_RE,
    _NON_SERBIAN_LETTER_RE,
    _PREV_WORD_RE,
    _ROMAN_RE,
    _idn_spans,
    _is_caps_word,
    _link_spans,
    _may_have_links,
    _mixed_roman,
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
# Public: Latin -> Cyrillic
# ---------------------------------------------------------------------------

_WORD_RE = re.compile("[^\\W\\d_]+(?:\u200c[^\\W\\d_]+)*")
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

    URLs, e-mail addresses, Cyrillic domain names, words in
    ``foreign_words`` (case-insensitive, whole words or phrases), foreign
    words and names (letters outside the Serbian alphabet such as q, w, x,
    y, ü; inner capitals; their capitalised neighbours) and Roman numerals
    (but not initials: "Milan V. Petrović") stay Latin; digraphs that span a
    morpheme boundary are split using :data:`DIGRAPH_EXCEPTIONS`. See
    :mod:`pressroom.serbian.script` for the full rules.
    """
    if not isinstance(text, str):
        raise TypeError("to_cyrillic() expects str")
    if not text:
        return text
    return _cyr_text(text, _foreign_regex(_normalise_foreign(foreign_words)))
