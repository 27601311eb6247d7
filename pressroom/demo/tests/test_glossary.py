"""The Serbian text follows docs/glossary.md: one name for each thing.

The demo content, the interface catalogue and the import example are
searched for the names the glossary replaced.
"""

import json
import re
from pathlib import Path

from django.conf import settings

import pytest

from pressroom.demo import content

#: A name the glossary replaced → the one it uses.
REPLACED = {
    r"за војну сарадњу у Београду": "Канцеларија за војну везу у Београду",
    r"Канцелариј\w* за војну сарадњу": "Канцеларија за војну везу",
    r"Канцелариј\w* за везу": "Канцеларија за војну везу",
    r"Прес-центар": "Медијски центар",
    r"саопштењ\w* за медије": "саопштење за јавност",
    r"[Сс]лужб\w* за медије": "Служба за односе с медијима",
    r"[Оо]дељењ\w* за односе с јавношћу": "Служба за односе с јавношћу",
    r"[Фф]ото-прич": "фотоприча",
    r"\b[Лл]инк": "веза",
    r"[Ии]мејл": "е-пошта",
    r"„[^“”\n]*”": "„…“ (closing quote “)",
}


def serbian_demo_text(value, serbian=False):
    """Every string under a "sr" key of the demo content."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from serbian_demo_text(item, serbian or key == "sr")
    elif isinstance(value, list | tuple):
        for item in value:
            yield from serbian_demo_text(item, serbian)
    elif isinstance(value, str) and serbian:
        yield value


def catalogue_translations():
    """The translation (every msgstr line) of each catalogue entry."""
    path = Path(settings.LOCALE_PATHS[0], "sr", "LC_MESSAGES", "django.po")
    for block in path.read_text("utf-8").split("\n\n"):
        if "msgstr" in block:
            translation = block[block.index("msgstr") :]
            yield "".join(re.findall(r'"(.*)"', translation))


def import_example_text():
    path = Path(settings.BASE_DIR, "docs", "import-example.json")
    for record in json.loads(path.read_text("utf-8")):
        if record["locale"] == "sr":
            yield " ".join(str(value) for value in record.values())


SOURCES = {
    "demo content": lambda: list(
        serbian_demo_text({name: getattr(content, name) for name in dir(content)})
    ),
    "catalogue": lambda: list(catalogue_translations()),
    "import example": lambda: list(import_example_text()),
}


@pytest.mark.parametrize("source", SOURCES)
def test_serbian_text_uses_the_glossary_names(source):
    texts = SOURCES[source]()
    assert texts
    found = {
        match.group(0): REPLACED[pattern]
        for text in texts
        for pattern in REPLACED
        for match in re.finditer(pattern, text)
    }
    assert not found, f"{source}: replace {found}"


def test_the_office_has_its_name():
    assert content.SITE["sr"]["name"] == "Канцеларија за војну везу у Београду"
