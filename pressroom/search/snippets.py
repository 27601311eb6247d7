"""Snippets: the passage of a page's text where the reader's words occur.

The text is split into words as written (Cyrillic stays Cyrillic); a word is a
match when its search term is one of the query's, so "Србији" is marked for
the query "srbija". The result is escaped HTML with ``<mark>`` around matches.
The passage is escaped once, with the standard library's ``html.escape`` (the
same five characters as Django's ``escape``, without its lazy-string wrapper):
escaping word by word cost more than the rest of a snippet. Callers mark the
result safe.

The text has one block (the lead, a heading, a paragraph, a list item) per
line; in a passage a block that ends without punctuation of its own (a
heading, say) is parted from the next by " · ", so that blocks do not run
together into one sentence.
"""

import re
from collections import deque
from html import escape

from pressroom.serbian.search_terms import word_spans, word_term

SNIPPET_WORDS = 30  # words shown around the best passage
_OPEN, _CLOSE = "\x02", "\x03"  # around a match until the passage is escaped
_NO_MARKERS = {ord(_OPEN): None, ord(_CLOSE): None}
# A line break with the character before it (past any match markers).
_BLOCK_BREAK = re.compile(r"([^\s\x02\x03]?)([\x02\x03]*)\s*\n\s*")
_ENDS_SENTENCE = frozenset(".!?:;…")
BLOCK_SEPARATOR = " · "


def _joined_blocks(passage):
    """``passage`` on one line, each block parted from the next."""

    def joined(match):
        before, markers = match.group(1), match.group(2)
        ended = not before or before in _ENDS_SENTENCE
        return before + markers + (" " if ended else BLOCK_SEPARATOR)

    return _BLOCK_BREAK.sub(joined, passage)


def snippet(text, terms, language, length=SNIPPET_WORDS):
    """Return safe HTML: the ``length``-word passage of ``text`` with the most
    distinct query terms, matches in ``<mark>``, "…" where text was cut."""
    if _OPEN in text or _CLOSE in text:
        text = text.translate(_NO_MARKERS)
    spans, found = _matching_words(text, set(terms), language, length)
    if not spans:
        return ""
    first = _best_window(found, len(set(terms)), length)
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
    passage = _joined_blocks(escape("".join(pieces)))
    return (
        ("…" if first > 0 else "")
        + passage.replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")
        + ("…" if last < len(spans) else "")
    )


def _matching_words(text, wanted, language, length):
    """The spans of the words of ``text`` and the query term each matches
    (or ""), read only as far as :func:`_best_window` looks: to the end of
    the first window, in its order, that holds every wanted term, and one
    word more, which tells whether the text goes on."""
    spans, found = [], []
    windows = deque()  # first words of windows not read to their end yet
    last_read = None  # the index of the last word needed, once known
    for index, (start, end) in enumerate(word_spans(text)):
        if last_read is not None and index > last_read:
            break
        spans.append((start, end))
        term = word_term(text[start:end], language)
        found.append(term if term in wanted else "")
        if found[-1]:
            windows.append(max(0, index - 3))
        while last_read is None and windows and windows[0] + length <= index + 1:
            first = windows.popleft()
            if len(set(found[first : first + length]) - {""}) == len(wanted):
                last_read = index + 1
    return spans, found


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
