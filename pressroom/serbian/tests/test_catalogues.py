"""The Latin catalogue is always the Cyrillic one converted, and both are compiled."""

import gettext
import re
from pathlib import Path

from django.conf import settings

from pressroom.serbian.catalogue import latinize_po

LOCALE = Path(settings.LOCALE_PATHS[0])


def po_entries(path):
    """Yield the entries of a .po file as dicts of keyword to joined string."""
    entry, keyword = {}, None
    for line in path.read_text("utf-8").splitlines() + [""]:
        if not line.strip():
            if entry:
                yield entry
            entry, keyword = {}, None
        elif line.startswith(("msgid", "msgstr", "msgctxt")):
            keyword, _, rest = line.partition(" ")
            entry[keyword] = rest.strip('"')
        elif line.startswith('"') and keyword:
            entry[keyword] += line.strip('"')


def po_messages(path):
    """Map (msgctxt, msgid) to msgstr for the simple (non-plural) entries of a
    .po file; msgctxt is None for an entry without a context."""
    return {
        (entry.get("msgctxt"), entry["msgid"]): entry.get("msgstr", "")
        for entry in po_entries(path)
        if entry.get("msgid") and "msgid_plural" not in entry
    }


def test_latin_catalogue_is_the_cyrillic_one_converted():
    cyrillic = (LOCALE / "sr" / "LC_MESSAGES" / "django.po").read_text("utf-8")
    latin = (LOCALE / "sr_Latn" / "LC_MESSAGES" / "django.po").read_text("utf-8")
    assert latin == latinize_po(cyrillic), "run: make messages"


def test_every_interface_string_is_translated_into_serbian():
    entries = list(po_entries(LOCALE / "sr" / "LC_MESSAGES" / "django.po"))
    untranslated = [
        entry["msgid"]
        for entry in entries
        if entry.get("msgid")
        and not all(value for key, value in entry.items() if key.startswith("msgstr"))
    ]
    assert len(entries) > 50
    assert untranslated == []


PO_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def unescaped(text):
    """A .po string's text with its C escapes (\\n, \\", \\\\) read."""
    return re.sub(r"\\(.)", lambda match: PO_ESCAPES[match.group(1)], text)


def test_compiled_catalogues_match_their_sources():
    for language in ("sr", "sr_Latn"):
        folder = LOCALE / language / "LC_MESSAGES"
        with (folder / "django.mo").open("rb") as compiled:
            catalogue = gettext.GNUTranslations(compiled)
        for (context, msgid), msgstr in po_messages(folder / "django.po").items():
            msgid, msgstr = unescaped(msgid), unescaped(msgstr)
            compiled = (
                catalogue.pgettext(context, msgid)
                if context
                else catalogue.gettext(msgid)
            )
            assert compiled == msgstr, f"{language}: run make messages"
