"""A page's address as each reader finds it, from the one list of languages."""

import pytest

from pressroom.languages.reading import (
    READING_LANGUAGES,
    address_in_reading_language,
)


@pytest.mark.parametrize(
    ("url", "code", "expected"),
    [
        ("/sr/vesti/vezba/", "sr-latn", "/sr-latn/vesti/vezba/"),
        ("/sr/vesti/vezba/", "sr", "/sr/vesti/vezba/"),
        ("/en/newsroom/drill/", "en", "/en/newsroom/drill/"),
        (
            "https://press.example.org/sr/vesti/?tema=vezbe#kraj",
            "sr-latn",
            "https://press.example.org/sr-latn/vesti/?tema=vezbe#kraj",
        ),
        # Only the prefix of the path changes, never a later /sr/ or the host.
        ("https://sr.example.org/en/sr/", "sr-latn", "https://sr.example.org/en/sr/"),
        ("/sr-latn/vesti/", "sr-latn", "/sr-latn/vesti/"),
        ("/media/sr/photo.jpg", "sr-latn", "/media/sr/photo.jpg"),
    ],
)
def test_a_latin_reader_gets_the_latin_address_of_a_serbian_page(url, code, expected):
    assert address_in_reading_language(url, code) == expected


def test_a_serbian_reader_shares_the_open_graph_locale_of_serbia():
    locales = {
        language.code: language.open_graph_locale for language in READING_LANGUAGES
    }
    assert locales == {"en": "en_GB", "sr": "sr_RS", "sr-latn": "sr_RS"}
