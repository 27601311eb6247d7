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
    "ANALYSIS_VERSION",
    "MAX_WORD_LENGTH",
    "STEMMED_LANGUAGES",
    "index_terms",
    "STOP_WORDS",
    "query_phrase",
    "query_terms",
    "word_spans",
    "word_term",
]

#: The version of this analysis. Raise it with any change that gives a text
#: other terms: the next ``migrate`` rebuilds the search index (a query
#: analysed one way finds nothing in an index analysed another).
#: 2: verb participles (_PAST_MASCULINE_RE, _PARTICIPLE_RE).
ANALYSIS_VERSION = 2
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

# Pronouns and pronominal adjectives: a closed class whose forms the stemmer
# cannot relate (ovaj, ovog, ovim; njegov, njegovog). Each form → one term.
_PRONOUN_FORMS = {
    "ovaj": "ovaj ovog ovoga ovom ovome ovim ova ove ovu ovo ovi ovih ovima ove",
    "taj": "taj tog toga tom tome tim ta te tu to ti tih tima",
    "onaj": "onaj onog onoga onom onome onim ona onu ono oni onih onima",
    "koji": "koji kojeg kojega kog koga kojem kojemu kom kome kojim koja koje "
    "koju kojoj kojih kojima",
    "njegov": "njegov njegovog njegovoga njegovom njegovome njegovim njegova "
    "njegove njegovu njegovo njegovi njegovih njegovima njegovoj",
    "njen": "njen njenog njenom njenim njena njene njenu njeno njeni njenih "
    "njenima njenoj njezin",
    "njihov": "njihov njihovog njihovom njihovim njihova njihove njihovu "
    "njihovo njihovi njihovih njihovima njihovoj",
    "nas": "nas naseg nasega nasem nasim nasa nase nasu naso nasi nasih nasima nasoj",
    "vas": "vas vaseg vasem vasim vasa vase vasu vasi vasih vasima vasoj",
    "svoj": "svoj svog svoga svojeg svom svome svojem svojim svoja svoje "
    "svoju svoji svojih svojima svojoj",
    "svaki": "svaki svakog svakoga svakom svakome svakim svaka svake svaku "
    "svako svakih svakima svakoj",
    "sav": "sav sveg svega svem svemu svim sva sve svu svi svih svima",
}
_PRONOUNS = {
    form: lemma for lemma, forms in _PRONOUN_FORMS.items() for form in forms.split()
}
# Case endings of nouns and adjectives, removed after a stem of three letters
# or more: -og(a), -om(e/u), -im(a), -ih, -oj, -ama and a final vowel
# (novim, novog, medjunarodnog → nov…; mandatom, mandatu → mandat). Not -og
# after "l" (dijalog, katalog are nouns) nor -im after "z" (rezim).
_CASE_ENDING_RE = re.compile(
    r"(?<=[a-z]{3})(?:(?<!l)oga?|ome|omu|om|(?<!z)im|ima|ih|oj|ama"
    r"|[aeiou])$"
)
# Fleeting a, dropped where the other cases drop it: -ak after t, d or n
# (sastanak/sastanka, pocetak), -alj of a genitive plural (zemalja), -ac
# after a consonant (stranac/stranca),
# -lac → -oc (spasilac/spasioca), -bar and -star/-ntar (oktobar/oktobra,
# ministar, centar), and -an of adjectives after a long stem
# (bezbedan/bezbedna, praktican/prakticna).
_FLEETING_A = [
    (re.compile(r"(?<=[a-z]{3})lac$"), "oc"),
    (re.compile(r"(?<=[a-z]{3}[tdn])ak$"), "k"),
    (re.compile(r"(?<=[a-z]{2}[^aeiou])alj$"), "lj"),
    (re.compile(r"(?<=[a-z]{2}[^aeiou])ac$"), "c"),
    (re.compile(r"(?<=[a-z]{3}b)ar$"), "r"),
    (re.compile(r"(?<=[a-z]{2}[ns]t)ar$"), "r"),
    (re.compile(r"(?<=[a-z]{4}[dcjvz])an$"), "n"),
]
# Verbs: the masculine past participle -io/-eo is the -il/-el of the other
# genders (otvorio/otvorila, počeo/počela). Then, after the case ending, the
# -il of that participle and the -en of the passive one are dropped, so that
# both meet the present (otvorila, otvoren, otvori → otvor; završio,
# završen, završi → završ). Nouns in -il and -en keep one term in every
# case (automobil/automobila, vreme/vremena). The infinitive (-iti, also a
# noun's dative: zaštiti) and the a-verbs' -an (održan; also Sudan, Dragan)
# are left as they were.
_PAST_MASCULINE_RE = re.compile(r"(?<=[a-z]{2})([ie])o$")
_PARTICIPLE_RE = re.compile(r"(?<=[a-z]{3})(?:il|en)$")
# -cima of a noun in -k (polaznicima, vojnicima): nouns in -ca have -cama.
_K_PLURAL_RE = re.compile(r"(?<=[a-z]{3})cima$")
# The plural infix -ov-/-ev- of short nouns (kursevi, fondova, stabovi).
_PLURAL_INFIX_RE = re.compile(r"(?<=[a-z]{3})[oe]v$")


def _serbian_stem(word: str) -> str:
    """The Snowball stem of a folded Serbian word, made to agree across forms.

    The Snowball algorithm cuts the forms of one noun differently depending
    on the ending ("mandat" → manda, "mandata" → mandat, "mandati" → manda)
    and leaves adjective and pronoun endings, the fleeting a and the
    participles of verbs. So the pronouns are looked up; the case ending is
    removed, a participle's -il or -en too, and the fleeting a dropped; and
    what is left is stemmed as a genitive (+ "a"), so that every
    form of the word reaches Snowball with the same ending.
    """
    if word in _PRONOUNS:
        return _PRONOUNS[word]
    word = _SOFT_INSTRUMENTAL_RE.sub("", word)
    word = _PAST_MASCULINE_RE.sub(r"\1l", word)
    word = _CASE_ENDING_RE.sub("", _K_PLURAL_RE.sub("k", word))
    word = _PARTICIPLE_RE.sub("", word)
    for pattern, replacement in _FLEETING_A:
        word = pattern.sub(replacement, word)
    if len(word) > 2:
        word += "a"
    stem = _stemmer("sr").stemWord(word)
    return _PLURAL_INFIX_RE.sub("", stem)


@functools.lru_cache(maxsize=65536)
def _stem(language: str, word: str) -> str:
    """The term for one folded word (cached: texts repeat their words)."""
    if word.isdigit():
        return word
    if language == "sr":
        return search_fold(_serbian_stem(word))
    return search_fold(_stemmer(language).stemWord(word))


#: Words a query can do without, folded (both scripts fold to these), by
#: content language. Never dropped from the index: a phrase keeps them, and a
#: query of nothing else still searches for them.
STOP_WORDS = {
    "en": frozenset(
        [
            "a",
            "about",
            "after",
            "all",
            "also",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "been",
            "before",
            "being",
            "but",
            "by",
            "can",
            "could",
            "did",
            "do",
            "does",
            "during",
            "for",
            "from",
            "had",
            "has",
            "have",
            "he",
            "her",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "me",
            "more",
            "most",
            "my",
            "no",
            "not",
            "of",
            "on",
            "or",
            "our",
            "out",
            "over",
            "she",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "them",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "to",
            "too",
            "under",
            "until",
            "up",
            "very",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "with",
            "would",
            "you",
            "your",
        ]
    ),
    "sr": frozenset(
        [
            "a",
            "ako",
            "ali",
            "bi",
            "bih",
            "bila",
            "bile",
            "bili",
            "bilo",
            "bio",
            "biti",
            "da",
            "do",
            "dok",
            "i",
            "ih",
            "ili",
            "im",
            "iz",
            "ja",
            "je",
            "jer",
            "jesu",
            "jos",
            "k",
            "ka",
            "kad",
            "kada",
            "kako",
            "kao",
            "ko",
            "koja",
            "koje",
            "koji",
            "koju",
            "kojoj",
            "kojih",
            "kojim",
            "kojima",
            "kod",
            "li",
            "mi",
            "na",
            "nad",
            "nakon",
            "ne",
            "nego",
            "ni",
            "nije",
            "nisu",
            "niti",
            "o",
            "od",
            "oko",
            "on",
            "ona",
            "one",
            "oni",
            "ono",
            "ova",
            "ove",
            "ovaj",
            "ovo",
            "pa",
            "po",
            "pod",
            "pored",
            "pre",
            "preko",
            "prema",
            "pri",
            "sa",
            "se",
            "si",
            "sam",
            "samo",
            "smo",
            "ste",
            "su",
            "sve",
            "svi",
            "ta",
            "tako",
            "taj",
            "te",
            "ti",
            "to",
            "tu",
            "u",
            "uz",
            "vam",
            "vi",
            "za",
            "zbog",
        ]
    ),
}


def _words(text: str) -> Iterator[str]:
    for word in search_fold(text).split():
        if len(word) <= MAX_WORD_LENGTH:
            yield word


def _terms(text: str, language: str) -> Iterator[str]:
    for word in _words(text):
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


def query_terms(
    text: str, language: str, *, limit: int = 12, stop_words: bool = False
) -> list[str]:
    """The distinct terms of a reader's query, in the order typed, at most
    ``limit`` of them. Operators and punctuation are only separators: the
    result holds nothing but letters and digits. Stop words are left out
    unless ``stop_words`` is true or the query has nothing else.

    >>> query_terms('"Srbiji" AND vučetića*', "sr")
    ['srbij', 'and', 'vucetic']
    >>> query_terms("space as an operational domain", "en")
    ['space', 'oper', 'domain']
    >>> query_terms("to be or not to be", "en")
    ['to', 'be', 'or', 'not']
    """
    words = list(_words(text))
    if not stop_words:
        dropped = STOP_WORDS.get(language, frozenset())
        words = [word for word in words if word not in dropped] or words
    seen: dict[str, None] = {}
    for word in words:
        term = _stem(language, word)
        if term:
            seen.setdefault(term, None)
            if len(seen) >= limit:
                break
    return list(seen)


def query_phrase(text: str, language: str, *, limit: int = 12) -> list[str]:
    """The terms of a query in order, stop words and repetitions included, as
    the index holds them in a phrase ("space as an operational domain")."""
    return list(_terms(text, language))[:limit]


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
