"""Did you mean: a near spelling of a query that found nothing.

Each word of the query whose term is not in the index's vocabulary
(migration 0006) is replaced by the nearest term that is: one or two edits
away (insert, delete, change a letter), on folded terms, with the same first
two letters (a misspelling seldom starts there, and the prefix keeps the
look-up to a range of the vocabulary) and a length at most two apart. The
nearest wins, then the alphabetically first, on both databases. The
suggestion is offered only when searching for it finds pages.
"""

from django.db import connection

from pressroom.serbian.script import search_fold
from pressroom.serbian.search_terms import MAX_WORD_LENGTH, STOP_WORDS, word_term

MAX_EDITS = 2
MAX_WORDS = 12
MAX_TRIES = 3  # candidate terms searched for, per word


def edit_distance(first, second, limit=MAX_EDITS):
    """Levenshtein distance of two strings, or limit + 1 once it is over limit."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous = list(range(len(second) + 1))
    for i, letter in enumerate(first, 1):
        current = [i]
        for j, other in enumerate(second, 1):
            current.append(
                min(
                    previous[j] + 1,
                    current[j - 1] + 1,
                    previous[j - 1] + (letter != other),
                )
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _vocabulary_near(term):
    """Terms of the index with the same first two letters and a length within
    MAX_EDITS of ``term``."""
    prefix = term[:2]
    end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    if connection.vendor == "postgresql":
        sql = (
            "SELECT term FROM search_term WHERE term >= %s AND term < %s"
            " AND length(term) BETWEEN %s AND %s"
        )
    else:
        sql = (
            "SELECT term FROM search_entry_vocab WHERE term >= %s AND term < %s"
            " AND length(term) BETWEEN %s AND %s"
        )
    with connection.cursor() as cursor:
        cursor.execute(sql, [prefix, end, len(term) - MAX_EDITS, len(term) + MAX_EDITS])
        return [row[0] for row in cursor.fetchall()]


def _near_terms(term):
    """Other terms of the vocabulary at most MAX_EDITS away, nearest first, then
    alphabetically; none if the term itself is there (it is spelled as the
    index spells it)."""
    if len(term) < 3:
        return []
    near = []
    for candidate in _vocabulary_near(term):
        if "_" in candidate:  # kind tokens (kind_speech), never a word
            continue
        distance = edit_distance(term, candidate)
        if distance == 0:
            return []
        if distance <= MAX_EDITS:
            near.append((distance, candidate))
    return [candidate for _distance, candidate in sorted(near)]


# Endings tried after a term to spell it as a word (see _spelling): a term
# is a stem, often no word ("exercis", "holmgr").
ENDINGS = ("", "a", "e", "i", "o", "u", "s", "es", "en", "il", "ed", "ing")


def _spelling(word, term, near, language):
    """The word nearest the reader's ``word`` (whose term is ``term``) that
    has the term ``near``, or None: ``near`` with the reader's ending
    ("exersises" → "exercis" + "es") or with one of ENDINGS ("holmgr" +
    "en" for "holmgrem"). Nearest by edit distance, then by length closest
    to the reader's word, then alphabetically."""
    candidates = {near + ending for ending in ENDINGS}
    if word.startswith(term):
        candidates.add(near + word[len(term) :])
    spellings = [
        candidate for candidate in candidates if word_term(candidate, language) == near
    ]
    if not spellings:
        return None
    limit = len(word) + MAX_WORD_LENGTH
    return min(
        spellings,
        key=lambda spelling: (
            edit_distance(word, spelling, limit),
            abs(len(spelling) - len(word)),
            spelling,
        ),
    )


def _near_word(word, term, language, found):
    """The reader's word respelled after the nearest term that a reader's word
    can reach (see _spelling) and that ``found`` finds pages for, or None.
    The vocabulary holds both languages' terms: the English stem of
    "Vučetić" is not a Serbian word."""
    tried = 0
    for near in _near_terms(term):
        respelled = _spelling(word, term, near, language)
        if respelled is None:
            continue
        if found(near):
            return respelled
        tried += 1
        if tried == MAX_TRIES:
            break
    return None


def suggestion(text, content_language, found):
    """A spelling of ``text`` with every unknown word replaced by its nearest
    term, folded ("" if none was changed). ``found(term)``
    tells whether a term finds pages in the reader's search."""
    stop_words = STOP_WORDS.get(content_language, frozenset())
    words = search_fold(text).split()[:MAX_WORDS]
    changed = False
    suggested = []
    for word in words:
        if word in stop_words or word.isdigit() or len(word) > MAX_WORD_LENGTH:
            suggested.append(word)
            continue
        term = word_term(word, content_language)
        near = _near_word(word, term, content_language, found) if term else None
        changed = changed or near is not None
        suggested.append(near or word)
    if not changed:
        return ""
    # Folded Latin, even for a Cyrillic reader: the folded "vucetic" has lost
    # the diacritics that Cyrillic would need, and it finds the same pages.
    return " ".join(suggested)
