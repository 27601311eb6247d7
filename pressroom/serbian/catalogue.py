"""Derive the Serbian Latin message catalogue from the Cyrillic one.

Editors and translators maintain ``sr`` only; ``sr_Latn`` is written by
:func:`latinize_po` and never edited by hand. Pure Python, no Django.
"""

import re

from .script import to_latin_pieces

_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_ESCAPE = re.compile(r"\\.")
# Stands for an escape sequence (\n, \", …) while a message is converted: not
# a letter, so a word ends there, and never changed by the conversion.
_PLACEHOLDERS = "\ue000\ue001\ue002\ue003"


def latinize_po(po_text):
    """Return the .po text with every translation (msgstr) converted to Latin.

    Each message is converted as a whole, however many lines it is written
    on: a capital digraph at the end of one line follows the word that goes
    on in the next ("Њ" / "ЕГОШ" -> "NJ" / "EGOŠ"). Each plural form is a
    message of its own. Message ids, comments and flags stay as they are;
    the line breaks stay where they were; the header's Language becomes
    sr_Latn.
    """
    lines = po_text.splitlines(keepends=True)
    message = []  # indices of the lines of the msgstr being read
    for index, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith("msgstr"):
            _latinize_message(lines, message)
            message = [index]
        elif stripped.startswith('"') and message:
            message.append(index)
        else:
            _latinize_message(lines, message)
            message = []
    _latinize_message(lines, message)
    return "".join(lines)


def _latinize_message(lines, indices):
    """Convert the strings on the lines at ``indices`` as one message."""
    if not indices:
        return
    found = [(i, m) for i in indices for m in _STRING.finditer(lines[i])]
    pieces = [m.group(1) for _, m in found]
    converted = _convert_pieces(pieces)
    for i in reversed(indices):
        line = lines[i]
        # Right to left, so earlier offsets on the line stay valid.
        for k in range(len(found) - 1, -1, -1):
            if found[k][0] == i:
                m = found[k][1]
                line = line[: m.start(1)] + converted[k] + line[m.end(1) :]
        lines[i] = line.replace('"Language: sr\\n"', '"Language: sr_Latn\\n"')


def _convert_pieces(pieces):
    """Convert escaped .po string pieces of one message, escapes untouched."""
    text = "".join(pieces)
    placeholder = next((ch for ch in _PLACEHOLDERS if ch not in text), None)
    if placeholder is None:  # private-use characters in a catalogue: rare
        return to_latin_pieces(pieces)
    escapes = iter([m.group() for piece in pieces for m in _ESCAPE.finditer(piece)])
    plain = [_ESCAPE.sub(placeholder, piece) for piece in pieces]
    restored = []
    for piece in to_latin_pieces(plain):
        texts = piece.split(placeholder)
        out = [texts[0]]
        for text in texts[1:]:
            out += [next(escapes), text]
        restored.append("".join(out))
    return restored
