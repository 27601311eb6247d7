"""Slugs and search folding for Serbian text in either script."""

from __future__ import annotations

import re
import unicodedata

from .letters import _latin_core, _link_spans, _may_have_links

# ---------------------------------------------------------------------------
# Slugs and search
# ---------------------------------------------------------------------------

_ASCII_FOLD = str.maketrans({"đ": "dj", "Đ": "Dj", "ð": "d", "Ð": "D"})
_SLUG_JUNK_RE = re.compile(r"[^a-z0-9]+")
_SEARCH_JUNK_RE = re.compile(r"[\W_]+")


def _fold_latin(text: str) -> str:
    """Cyrillic -> Latin for slugs and search, as they have always folded.

    Only URLs and e-mail addresses are kept; bare Cyrillic domain names and
    look-alike numerals are folded letter by letter ("влада.срб" ->
    "vlada.srb"), so a slug keeps them and the search terms of stored text
    do not change with the display rules of :func:`to_latin`.
    """
    if not isinstance(text, str):
        raise TypeError("expected str")
    if not _may_have_links(text):
        return _latin_core(text)
    parts = []
    last = 0
    for start, end in _link_spans(text, cyrillic_only=True):
        parts += (_latin_core(text[last:start]), text[start:end])
        last = end
    parts.append(_latin_core(text[last:]))
    return "".join(parts)


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
    latin = _fold_latin(text).translate(_ASCII_FOLD)
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
    folded = _fold_latin(text).casefold().translate(_ASCII_FOLD)
    return _SEARCH_JUNK_RE.sub(" ", _strip_marks(folded)).strip()
