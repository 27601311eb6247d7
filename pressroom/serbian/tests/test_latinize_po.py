"""The Latin catalogue: each message converted as a whole, lines kept."""

from pressroom.serbian.catalogue import latinize_po

PO = """\
msgid ""
msgstr ""
"Language: sr\\n"
"Plural-Forms: nplurals=3;\\n"

#. A headline written on two lines
msgid "NJEGOS"
msgstr ""
"Њ"
"ЕГОШ И ЏУГАЊ"

msgid "Capital at the end of a line"
msgstr "КО"
"Њ\\n"
"Љубав"

msgid "Quoted \\"word\\""
msgstr "Реч \\"Џ\\"\\nЏеп"

msgid "one horse"
msgid_plural "%(n)s horses"
msgstr[0] "%(n)s КОЊ"
msgstr[1] "Њ"
msgstr[2] "{n} коња"
"""


def test_message_written_on_several_lines_is_converted_as_one():
    latin = latinize_po(PO)
    assert 'msgstr ""\n"NJ"\n"EGOŠ I DŽUGANJ"\n' in latin
    assert 'msgstr "KO"\n"NJ\\n"\n"Ljubav"\n' in latin


def test_escapes_stay_and_end_a_word():
    assert 'msgstr "Reč \\"Dž\\"\\nDžep"\n' in latinize_po(PO)


def test_each_plural_form_is_a_message_of_its_own():
    latin = latinize_po(PO)
    assert 'msgstr[0] "%(n)s KONJ"\nmsgstr[1] "Nj"\nmsgstr[2] "{n} konja"\n' in latin


def test_ids_comments_and_header_language():
    latin = latinize_po(PO)
    assert '"Language: sr_Latn\\n"' in latin
    assert 'msgid "NJEGOS"' in latin
    assert "#. A headline written on two lines" in latin
    assert latin.count("\n") == PO.count("\n")
