"""The names register's rules, in pure Python: spellings in text and in search.

A name has a Cyrillic form (Тод Д. Волтерс) and other spellings (Tod D.
Wolters, Todd Wolters), kept by editors in the admin (``models.Name``). Two
uses, neither of which needs Django:

- :func:`apply_names`: converting Latin text to Cyrillic writes a registered
  spelling as the register's Cyrillic form, with the Serbian case ending the
  text gave it ("Woltersom" → "Волтерсом"), where transliteration would
  write "Wолтерсом".
- :func:`alias_terms`: in search, the terms of one spelling stand for those of
  the others, word by word ("wolters" ↔ "volters"), so any spelling finds the
  others, even where folding cannot ("w" is no Serbian letter).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .script import to_cyrillic
from .search_terms import index_terms

__all__ = ["alias_terms", "apply_names", "spellings_of"]

# A case ending after a name in Serbian Latin text ("Stoltenbergom").
_ENDING = r"(?P<ending>[a-zčćđšž]{0,4})"
# A name is not part of an address, a path or a longer word.
_BEFORE = r"(?<![\w/@.:-])"
_AFTER = r"(?![\w/@-]|\.\w)"
_TAG_RE = re.compile(r"(<[^>]*>)")


def spellings_of(cyrillic: str, other_spellings: str) -> list[str]:
    """Every spelling of a name: the Cyrillic form first, then one a line."""
    spellings = [cyrillic.strip()] if cyrillic.strip() else []
    for line in other_spellings.splitlines():
        if line.strip() and line.strip() not in spellings:
            spellings.append(line.strip())
    return spellings


def _names_regex(names: dict[str, str]) -> re.Pattern[str] | None:
    if not names:
        return None
    # Longest first, so that "Tod D. Wolters" wins over "Wolters".
    alternatives = "|".join(
        re.escape(spelling) for spelling in sorted(names, key=len, reverse=True)
    )
    return re.compile(
        rf"{_BEFORE}(?P<name>{alternatives}){_ENDING}{_AFTER}", re.IGNORECASE
    )


def apply_names(text: str, names: dict[str, str], *, html: bool = False) -> str:
    """Write each Latin spelling in ``names`` (spelling → Cyrillic form) as its
    Cyrillic form, keeping a case ending converted to Cyrillic. In HTML, only
    text between tags changes.

    >>> apply_names("Sa generalom Woltersom.", {"Wolters": "Волтерс"})
    'Sa generalom Волтерсом.'
    >>> apply_names("https://example.org/wolters", {"Wolters": "Волтерс"})
    'https://example.org/wolters'
    """
    pattern = _names_regex(names)
    if pattern is None or not text:
        return text
    folded = {spelling.casefold(): cyrillic for spelling, cyrillic in names.items()}

    def replace(match: re.Match[str]) -> str:
        cyrillic = folded[match["name"].casefold()]
        return cyrillic + to_cyrillic(match["ending"])

    if not html:
        return pattern.sub(replace, text)
    return "".join(
        part if part.startswith("<") else pattern.sub(replace, part)
        for part in _TAG_RE.split(text)
    )


def alias_terms(
    spellings_by_name: Iterable[list[str]], language: str
) -> dict[str, set[str]]:
    """Search term → the terms of the same word in a name's other spellings.

    Spellings with as many words are paired word by word (Tod D. Wolters,
    Тод Д. Волтерс); otherwise their last words (Jens Stoltenberg,
    Столтенберг). Pairs that fold to one term already need nothing.
    """
    aliases: dict[str, set[str]] = {}
    for spellings in spellings_by_name:
        terms = [index_terms(spelling, language).split() for spelling in spellings]
        terms = [words for words in terms if words]
        for first in terms:
            for second in terms:
                if first is second:
                    continue
                pairs = (
                    zip(first, second, strict=True)
                    if len(first) == len(second)
                    else [(first[-1], second[-1])]
                )
                for one, other in pairs:
                    if one != other:
                        aliases.setdefault(one, set()).add(other)
    return aliases
