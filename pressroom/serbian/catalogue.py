"""Derive the Serbian Latin message catalogue from the Cyrillic one.

Editors and translators maintain ``sr`` only; ``sr_Latn`` is written by
:func:`latinize_po` and never edited by hand. Pure Python, no Django.
"""

import re

from .script import to_latin

_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def latinize_po(po_text):
    """Return the .po text with every translation (msgstr) converted to Latin.

    Message ids, comments and flags stay as they are; the header's Language
    becomes sr_Latn.
    """
    lines = []
    in_msgstr = False
    for line in po_text.splitlines(keepends=True):
        stripped = line.lstrip()
        if stripped.startswith("msgstr"):
            in_msgstr = True
        elif stripped.startswith(("msgid", "msgctxt", "#")) or not stripped.strip():
            in_msgstr = False
        if in_msgstr:
            line = _STRING.sub(lambda match: f'"{to_latin(match.group(1))}"', line)
            line = line.replace('"Language: sr\\n"', '"Language: sr_Latn\\n"')
        lines.append(line)
    return "".join(lines)
