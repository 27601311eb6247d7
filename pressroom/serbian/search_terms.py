"""Search terms: the one text analysis shared by the search index and its queries.

Pure Python (no Django), like the rest of the engine. A text becomes a list of
terms in four steps, the same for what is indexed and for what is searched, so
every database that stores the terms (SQLite FTS5, PostgreSQL tsvector) finds
the same documents:

1. Fold: :func:`~pressroom.serbian.script.search_fold` turns the text into
   Latin, casefolds it, writes đ as dj, drops diacritics and turns everything
   that is not a letter or digit into a space. "Вучић", "VUČIĆ" and "vucic"
   all become "vucic"; "Ђорђевић" and "djordjevic" become "djordjevic".
2. Split on spaces; words longer than :data:`MAX_WORD_LENGTH` are dropped (a
   pasted hash or address, never something a reader types).
3. Stem with Snowball: the "serbian" algorithm for Serbian, "english" for
   English, so "Србије", "Srbiji" and "Srbijom" share the term "srbij". One
   rule is added before the Serbian stemmer, which misses it: the
   instrumental ending -em after a soft consonant is dropped (Вучетићем,
   кључем, краљем stem like Вучетић, кључ, краљ).
4. Fold the stem again (the Serbian stemmer writes "dj" back as "đ").

Folding comes before stemming, not after: the Serbian stemmer reads "dj" in
"djordjevic" as "đ" but leaves the "đ" of "đorđević" alone, so stemming the
two spellings first would give two different terms. Folding first hands the
stemmer one spelling of every word, whatever the reader typed; the price is
that it stems diacritic-free Latin, which it does as well on the inflections
that matter here (cases of nouns and names).
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator

import snowballstemmer

from .script import search_fold

__all__ = [
    "MAX_WORD_LENGTH",
    "STEMMED_LANGUAGES",
    "index_terms",
    "query_terms",
    "word_spans",
    "word_term",
]

#: Content language code → Snowball algorithm.
STEMMED_LANGUAGES = {"en": "english", "sr": "serbian"}
#: Longer "words" are not indexed or searched for.
MAX_WORD_LENGTH = 60

# A word in the original text, for highlighting: letters and digits.
_WORD_RE = re.compile(r"[^\W_]+")
_stemmers = threading.local()  # Snowball stemmers keep state: one per thread


def _stemmer(language: str) -> snowballstemmer.stemmer:
    cache = getattr(_stemmers, "by_language", None)
    if cache is None:
        cache = _stemmers.by_language = {}
    if language not in cache:
        algorithm = STEMMED_LANGUAGES.get(language, "english")
        cache[language] = snowballstemmer.stemmer(algorithm)
    return cache[language]


# Serbian instrumental singular of a noun whose stem ends in a soft consonant
# (-ć, -č, -đ, -j, -lj, -nj, -š, -ž, -c, -dž), folded: Вучетићем, кључем,
# краљем. The Snowball stemmer leaves these as "vucetice", "kljucem", "krale";
# without the ending the word stems like its other cases.
_SOFT_INSTRUMENTAL_RE = re.compile(r"(?<=[a-z]{2}[cjsz])em$")


@functools.lru_cache(maxsize=65536)
def _stem(language: str, word: str) -> str:
    """The term for one folded word (cached: texts repeat their words)."""
    if word.isdigit():
        return word
    if language == "sr":
        word = _SOFT_INSTRUMENTAL_RE.sub("", word)
    return search_fold(_stemmer(language).stemWord(word))


def _terms(text: str, language: str) -> Iterator[str]:
    for word in search_fold(text).split():
        if len(word) <= MAX_WORD_LENGTH:
            term = _stem(language, word)
            if term:
                yield term


def index_terms(text: str, language: str) -> str:
    """The terms of ``text`` in order, repeated as often as they occur, joined
    by spaces: what the index stores for a field of a page in ``language``.

    >>> index_terms("Државни секретар Ђорђе Вучетић", "sr")
    'drzavn sekretar djordj vucetic'
    """
    return " ".join(_terms(text, language))


def query_terms(text: str, language: str, *, limit: int = 12) -> list[str]:
    """The distinct terms of a reader's query, in the order typed, at most
    ``limit`` of them. Operators and punctuation are only separators: the
    result holds nothing but letters and digits.

    >>> query_terms('"Srbiji" AND vučetića*', "sr")
    ['srbij', 'and', 'vucetic']
    """
    seen: dict[str, None] = {}
    for term in _terms(text, language):
        seen.setdefault(term, None)
        if len(seen) >= limit:
            break
    return list(seen)


@functools.lru_cache(maxsize=32768)
def word_term(word: str, language: str) -> str:
    """The term a single word of a text is indexed under ("" if none).

    Cached: snippets look up every word of every result, and the words of a
    site repeat from page to page.
    """
    folded = search_fold(word).split()
    if len(folded) != 1 or len(folded[0]) > MAX_WORD_LENGTH:
        return ""
    return _stem(language, folded[0])


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of every word of ``text`` as written (for highlighting)."""
    for match in _WORD_RE.finditer(text):
        yield match.start(), match.end()
