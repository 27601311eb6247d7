"""Cyrillic -> Latin for feeds (XML), API answers (JSON) and JSON-LD in HTML."""

import json
import unittest
from xml.etree import ElementTree

from pressroom.serbian.script import html_to_latin, json_to_latin, xml_to_latin


class XmlToLatinTests(unittest.TestCase):
    def test_text_and_readable_attributes_change_markup_and_urls_do_not(self):
        xml = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<feed xml:lang="sr-Cyrl"><title>Љубав &amp; Њива</title>'
            '<link href="https://пример.срб/вест/" rel="alternate"/>'
            '<category term="Вежбе" label="Вежбе"/><!-- Коментар --></feed>'
        )
        self.assertEqual(
            xml_to_latin(xml),
            '<?xml version="1.0" encoding="utf-8"?>'
            '<feed xml:lang="sr-Cyrl"><title>Ljubav &amp; Njiva</title>'
            '<link href="https://пример.срб/вест/" rel="alternate"/>'
            '<category term="Vežbe" label="Vežbe"/><!-- Коментар --></feed>',
        )

    def test_an_escaped_url_does_not_hide_the_words_after_it(self):
        # Escaped HTML in an RSS description: the quote after the URL is
        # written &quot;, which plain-text conversion would read as part of
        # the URL, leaving "Текст" in Cyrillic.
        xml = (
            "<description>&lt;a href=&quot;https://пример.срб/&quot;&gt;"
            "Текст&lt;/a&gt; и ЏЏ</description>"
        )
        converted = xml_to_latin(xml)
        element = ElementTree.fromstring(converted)  # noqa: S314 (a literal)
        self.assertEqual(element.text, '<a href="https://пример.срб/">Tekst</a> i DŽDŽ')

    def test_letters_written_as_references_are_converted_and_escaped_again(self):
        converted = xml_to_latin("<t>&#1033;&lt;&#x0428;</t>")
        self.assertEqual(converted, "<t>Lj&lt;Š</t>")

    def test_latin_only_documents_are_returned_unchanged(self):
        xml = "<t a='x'>&quot;plain&quot;</t>"
        self.assertIs(xml_to_latin(xml), xml)


class JsonToLatinTests(unittest.TestCase):
    def test_values_change_keys_and_urls_do_not(self):
        text = json.dumps(
            {
                "наслов": "Љубав",
                "url": "https://пример.срб/вест",
                "body": '<p>Текст <code>код</code> <a href="https://x.org/">веза</a></p>',
                "numbers": [1, 2.5, None, True],
            },
            ensure_ascii=True,  # letters as \\u escapes must convert too
        )
        self.assertEqual(
            json.loads(json_to_latin(text)),
            {
                "наслов": "Ljubav",
                "url": "https://пример.срб/вест",
                "body": '<p>Tekst <code>код</code> <a href="https://x.org/">veza</a></p>',
                "numbers": [1, 2.5, None, True],
            },
        )

    def test_text_that_is_not_json_is_converted_as_text(self):
        self.assertEqual(json_to_latin("{Њ"), "{Nj")


class JsonLdInHtmlTests(unittest.TestCase):
    def test_structured_data_is_converted_other_scripts_are_not(self):
        html = (
            '<script type="application/ld+json">{"headline": "Вежба",'
            ' "url": "https://пример.срб/"}</script>'
            '<script>var word = "Вежба";</script>'
        )
        self.assertEqual(
            html_to_latin(html),
            '<script type="application/ld+json">{"headline": "Vežba",'
            ' "url": "https://пример.срб/"}</script>'
            '<script>var word = "Вежба";</script>',
        )

    def test_structured_data_inside_a_foreign_language_element_is_kept(self):
        html = '<div lang="en"><script type="application/ld+json">"Ш"</script></div>'
        self.assertEqual(html_to_latin(html), html)
