"""The Latin catalogue is always the Cyrillic one converted, and both are compiled."""

import gettext
from pathlib import Path

from django.conf import settings

from pressroom.serbian.catalogue import latinize_po

LOCALE = Path(settings.LOCALE_PATHS[0])


def po_messages(path):
    """Map msgid to msgstr for the simple (non-plural) entries of a .po file."""
    messages = {}
    current = None
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("msgid "):
            current = ["id", line[6:].strip('"'), ""]
        elif line.startswith("msgstr ") and current:
            current[0] = "str"
            current[2] = line[7:].strip('"')
        elif line.startswith('"') and current:
            index = 1 if current[0] == "id" else 2
            current[index] += line.strip('"')
        elif not line.strip() and current:
            if current[1]:
                messages[current[1]] = current[2]
            current = None
    if current and current[1]:
        messages[current[1]] = current[2]
    return messages


def test_latin_catalogue_is_the_cyrillic_one_converted():
    cyrillic = (LOCALE / "sr" / "LC_MESSAGES" / "django.po").read_text("utf-8")
    latin = (LOCALE / "sr_Latn" / "LC_MESSAGES" / "django.po").read_text("utf-8")
    assert latin == latinize_po(cyrillic), "run: make messages"


def test_every_interface_string_is_translated_into_serbian():
    messages = po_messages(LOCALE / "sr" / "LC_MESSAGES" / "django.po")
    untranslated = [msgid for msgid, msgstr in messages.items() if not msgstr]
    assert messages
    assert untranslated == []


def test_compiled_catalogues_match_their_sources():
    for language in ("sr", "sr_Latn"):
        folder = LOCALE / language / "LC_MESSAGES"
        with (folder / "django.mo").open("rb") as compiled:
            catalogue = gettext.GNUTranslations(compiled)
        for msgid, msgstr in po_messages(folder / "django.po").items():
            msgid = msgid.replace('\\"', '"')
            msgstr = msgstr.replace('\\"', '"')
            assert catalogue.gettext(msgid) == msgstr, f"{language}: run make messages"
