"""Snippets: the passage of a page's text where the reader's words occur.

The text is split into words as written (Cyrillic stays Cyrillic); a word is a
match when its search term is one of the query's, so "Србији" is marked for
the query "srbija". The result is escaped HTML with ``<mark>`` around matches.
The passage is escaped once, with the standard library's ``html.escape`` (the
same five characters as Django's ``escape``, without its lazy-string wrapper):
escaping word by word cost more than the rest of a snippet. Callers mark the
result safe.
"""

from html import escape

from pressroom.serbian.search_terms import word_spans, word_term

SNIPPET_WORDS = 30  # words shown around the best passage
_OPEN, _CLOSE = "\x02", "\x03"  # around a match until the passage is escaped
_NO_MARKERS = {ord(_OPEN): None, ord(_CLOSE): None}


def snippet(text, terms, language, length=SNIPPET_WORDS):
    """Return safe HTML: the ``length``-word passage of ``text`` with the most
    distinct query terms, matches in ``<mark>``, "…" where text was cut."""
    text = text.translate(_NO_MARKERS)
    spans = list(word_spans(text))
    if not spans:
        return ""
    wanted = set(terms)
    cache = {}
    found = []  # the query term each word matches, or ""
    for start, end in spans:
        word = text[start:end]
        term = cache.get(word)
        if term is None:
            term = cache[word] = word_term(word, language)
        found.append(term if term in wanted else "")
    first = _best_window(found, len(wanted), length)
    last = min(len(spans), first + length)
    # The passage with each match between two control characters (dropped
    # from the text first), escaped in one go, then the characters replaced.
    pieces = []
    position = spans[first][0]
    for index in range(first, last):
        if found[index]:
            start, end = spans[index]
            pieces += [text[position:start], _OPEN, text[start:end], _CLOSE]
            position = end
    pieces.append(text[position : spans[last - 1][1]])
    passage = escape("".join(pieces)).replace("\n", " ")
    return (
        ("…" if first > 0 else "")
        + passage.replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")
        + ("…" if last < len(spans) else "")
    )


def _best_window(found, wanted, length):
    """Index of the first word of the window holding most distinct terms."""
    best, best_score = 0, 0
    for index in (index for index, term in enumerate(found) if term):
        start = max(0, index - 3)  # a few words of context before the match
        score = len(set(found[start : start + length]) - {""})
        if score > best_score:
            best, best_score = start, score
            if best_score == wanted:
                break
    return best
