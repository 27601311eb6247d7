"""Snippets: the passage of a page's text where the reader's words occur.

The text is split into words as written (Cyrillic stays Cyrillic); a word is a
match when its search term is one of the query's, so "Србији" is marked for
the query "srbija". The result is escaped HTML with ``<mark>`` around matches.
It escapes with the standard library's ``html.escape`` (the same five
characters as Django's ``escape``, without its lazy-string wrapper, which cost
more than the rest of a snippet); callers mark the result safe.
"""

from html import escape

from pressroom.serbian.search_terms import word_spans, word_term

SNIPPET_WORDS = 30  # words shown around the best passage


def snippet(text, terms, language, length=SNIPPET_WORDS):
    """Return safe HTML: the ``length``-word passage of ``text`` with the most
    distinct query terms, matches in ``<mark>``, "…" where text was cut."""
    spans = list(word_spans(text))
    if not spans:
        return ""
    wanted = set(terms)
    cache = {}
    found = []  # the query term each word matches, or ""
    for start, end in spans:
        word = text[start:end]
        if word not in cache:
            cache[word] = word_term(word, language)
        found.append(cache[word] if cache[word] in wanted else "")
    first = _best_window(found, len(wanted), length)
    last = min(len(spans), first + length)
    begin = spans[first][0]
    finish = spans[last - 1][1]
    pieces = ["…" if first > 0 else ""]
    position = begin
    for index in range(first, last):
        start, end = spans[index]
        pieces.append(escape(text[position:start]))
        word = escape(text[start:end])
        pieces.append(f"<mark>{word}</mark>" if found[index] else word)
        position = end
    pieces.append(escape(text[position:finish]))
    if last < len(spans):
        pieces.append("…")
    return "".join(pieces).replace("\n", " ")


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
