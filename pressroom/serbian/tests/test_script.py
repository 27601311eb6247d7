"""Examples for the Serbian script engine: each test names what a reader sees."""

import pytest

from pressroom.serbian import script
from pressroom.serbian.script import (
    DIGRAPH_EXCEPTIONS,
    html_to_cyrillic,
    html_to_latin,
    search_fold,
    serbian_slug,
    to_cyrillic,
    to_latin,
)

# --- Cyrillic -> Latin: letters and digraph case ------------------------------


def test_every_serbian_letter_has_its_latin_counterpart():
    cyr = "абвгдђежзијклљмнњопрстћуфхцчџш"
    lat = "abvgdđežzijklljmnnjoprstćufhcčdžš"
    assert to_latin(cyr) == lat
    assert to_latin(cyr.upper()) == lat.upper()


def test_title_case_digraph_before_lowercase_reads_lj():
    assert to_latin("Љубав") == "Ljubav"
    assert to_latin("Џеп") == "Džep"
    assert to_latin("Његош") == "Njegoš"


def test_all_caps_words_keep_digraphs_in_caps():
    assert to_latin("ЉУБАВ") == "LJUBAV"
    assert to_latin("ЊЕГОШ") == "NJEGOŠ"
    assert to_latin("ЏУГАЊ") == "DŽUGANJ"


def test_capital_digraph_at_end_of_caps_word_is_caps():
    assert to_latin("КОЊ") == "KONJ"


def test_adjacent_capital_digraphs_are_caps():
    assert to_latin("ЏЏ") == "DŽDŽ"


def test_lone_capital_digraph_in_caps_text_is_caps():
    assert to_latin("ЉУБАВ НАЦИЈА Љ.") == "LJUBAV NACIJA LJ."
    assert to_latin("Љ ЉУБАВ") == "LJ LJUBAV"


def test_lone_capital_digraph_in_normal_text_is_title_case():
    assert to_latin("Љ") == "Lj"
    assert to_latin("слово Љ је") == "slovo Lj je"


def test_accented_serbian_vowels_convert():
    assert to_latin("сѐ и ѝ") == "sè i ì"


def test_non_serbian_cyrillic_letters_pass_through():
    assert to_latin("ы ѓ ќ Ы") == "ы ѓ ќ Ы"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Policy",
        "NATO",
        "https://example.com/a?b=c",
        "www.rts.rs/page?x=1",
        "pera@example.org",
        "2024. 1.000,50",
        "XXI vek, Petar II",
        "šđčćž ŠĐČĆŽ",
    ],
)
def test_latin_urls_mail_numbers_roman_unchanged_by_to_latin(text):
    assert to_latin(text) == text


def test_cyrillic_url_and_email_are_not_transliterated():
    text = "Види https://sr.wikipedia.org/wiki/Београд и пиши на пера@пошта.срб."
    assert to_latin(text) == (
        "Vidi https://sr.wikipedia.org/wiki/Београд i piši na пера@пошта.срб."
    )


def test_sentence_punctuation_after_url_is_not_part_of_it():
    assert to_latin("(https://пример.срб/а).") == "(https://пример.срб/а)."
    assert to_latin("www.пример.срб, па") == "www.пример.срб, pa"


def test_emoji_and_rare_characters_survive_fast_path():
    text = "😀Ђорђе😀ж\uffff漢字ы"
    assert to_latin(text) == "😀Đorđe😀ž\uffff漢字ы"


def test_text_full_of_unmapped_characters_takes_slow_path_correctly():
    text = "😀ж" * 5000
    assert to_latin(text) == "😀ž" * 5000


def test_empty_input():
    assert to_latin("") == ""
    assert to_cyrillic("") == ""
    assert html_to_latin("") == ""
    assert html_to_cyrillic("") == ""


# --- Latin -> Cyrillic -------------------------------------------------------


def test_plain_latin_becomes_cyrillic():
    assert to_cyrillic("Beograd, Niš i Čačak") == "Београд, Ниш и Чачак"


def test_digraphs_become_single_letters_in_any_case():
    assert to_cyrillic("Ljubav LJUBAV ljubav") == "Љубав ЉУБАВ љубав"
    assert to_cyrillic("Njegoš NJEGOŠ") == "Његош ЊЕГОШ"
    assert to_cyrillic("Džep DŽEP džep") == "Џеп ЏЕП џеп"


def test_prefix_before_z_caron_keeps_d_and_zh_apart():
    assert to_cyrillic("nadživeti") == "надживети"
    assert to_cyrillic("podžupan") == "поджупан"
    assert to_cyrillic("odžaliti") == "оджалити"


def test_odzak_the_chimney_is_still_dzh():
    assert to_cyrillic("odžak") == "оџак"


def test_loanwords_with_n_j_keep_n_and_j_apart():
    assert to_cyrillic("injekcija") == "инјекција"
    assert to_cyrillic("konjunkcija") == "конјункција"
    assert to_cyrillic("konjugacija") == "конјугација"
    assert to_cyrillic("Tanjug") == "Танјуг"


def test_exceptions_match_word_beginnings_only():
    # "anjon" is an exception, "kanjon" (canyon) is not.
    assert to_cyrillic("anjon kanjon") == "анјон кањон"


def test_exceptions_keep_the_case_of_the_word():
    assert to_cyrillic("NADŽIVETI Injekcija") == "НАДЖИВЕТИ Инјекција"


def test_exception_table_entries_are_well_formed():
    for digraph, entries in DIGRAPH_EXCEPTIONS.items():
        for entry in entries:
            head, sep, tail = entry.partition("|")
            assert sep, entry
            assert (head[-1] + tail[0]) == digraph[0] + digraph[-1], entry


def test_zero_width_non_joiner_forces_a_split_and_disappears():
    assert to_cyrillic("in\u200cjekt") == "инјект"


def test_dj_is_d_and_j_not_dje():
    assert to_cyrillic("odjek Đorđe") == "одјек Ђорђе"


def test_acronyms_of_serbian_letters_convert():
    assert to_cyrillic("NATO i EU") == "НАТО и ЕУ"


def test_words_with_q_w_x_y_stay_latin():
    assert to_cyrillic("WHO i Policy, Washington, xenon") == (
        "WHO и Policy, Washington, xenon"
    )


def test_words_with_non_serbian_diacritics_stay_latin():
    assert to_cyrillic("Müller i Østergaard") == "Müller и Østergaard"


def test_foreign_words_stay_latin_case_insensitively():
    assert to_cyrillic("Foreign Policy je list", foreign_words=["foreign"]) == (
        "Foreign Policy је лист"
    )


def test_foreign_phrase_stays_latin():
    assert (
        to_cyrillic("Ban Ki Mun, Banka", foreign_words=["Ban Ki Mun"])
        == "Ban Ki Mun, Банка"
    )


def test_foreign_word_matches_whole_words_only():
    assert to_cyrillic("Banka", foreign_words=["Ban"]) == "Банка"


def test_roman_numerals_stay_latin():
    assert to_cyrillic("Petar II, XXI vek, Luj XIV, IV poglavlje") == (
        "Петар II, XXI век, Луј XIV, IV поглавље"
    )


def test_i_starting_a_sentence_is_the_conjunction():
    assert to_cyrillic("I onda smo otišli. I to je to.") == (
        "И онда смо отишли. И то је то."
    )


def test_roman_lookalike_words_convert_in_caps_text():
    assert to_cyrillic("SRBIJA I GRČKA") == "СРБИЈА И ГРЧКА"
    assert to_cyrillic("MI SMO PRVACI") == "МИ СМО ПРВАЦИ"


def test_roman_i_in_the_middle_of_a_sentence_stays():
    assert to_cyrillic("Petar I je bio kralj") == "Петар I је био краљ"


def test_urls_and_email_stay_latin():
    text = "Piši na pera@example.com ili vidi https://x.rs/vesti?id=3 i www.rts.rs."
    assert to_cyrillic(text) == (
        "Пиши на pera@example.com или види https://x.rs/vesti?id=3 и www.rts.rs."
    )


def test_digits_and_punctuation_untouched_by_to_cyrillic():
    assert to_cyrillic("1.000,50 — 20%!") == "1.000,50 — 20%!"


def test_decomposed_caron_is_composed_before_conversion():
    assert to_cyrillic("c\u030cas") == "час"


def test_ligature_digraph_letters_convert():
    assert to_cyrillic("ǉubav ǋegoš ǅep") == "љубав Његош Џеп"


def test_foreign_words_given_as_a_string_is_one_word():
    assert to_cyrillic("Policy list", foreign_words="policy") == "Policy лист"


# --- HTML --------------------------------------------------------------------


def test_html_text_nodes_convert_and_tags_do_not():
    html = '<p class="ђ" id="ђ" data-x="ђ"><a href="/ђ">Ђорђе</a></p>'
    assert html_to_latin(html) == (
        '<p class="ђ" id="ђ" data-x="ђ"><a href="/ђ">Đorđe</a></p>'
    )


@pytest.mark.parametrize(
    "attr", ["alt", "title", "aria-label", "placeholder", "aria-description"]
)
def test_html_readable_attributes_convert(attr):
    assert html_to_latin(f'<img {attr}="Ђак">') == f'<img {attr}="Đak">'


def test_html_readable_attribute_in_other_quoting_styles():
    assert html_to_latin("<img alt='Ђак' title=Ђак>") == "<img alt='Đak' title=Đak>"


def test_html_meta_content_converts_for_listed_names_only():
    html = (
        '<meta name="description" content="Опис">'
        '<meta property="og:title" content="Наслов">'
        '<meta name="twitter:description" content="Опис">'
        '<meta property="og:url" content="https://x/ђ">'
        '<meta name="author" content="Ђорђе">'
    )
    assert html_to_latin(html) == (
        '<meta name="description" content="Opis">'
        '<meta property="og:title" content="Naslov">'
        '<meta name="twitter:description" content="Opis">'
        '<meta property="og:url" content="https://x/ђ">'
        '<meta name="author" content="Ђорђе">'
    )


def test_html_value_converts_only_on_buttons():
    html = '<input type="submit" value="Пошаљи"><input name="q" value="Ђ">'
    assert html_to_latin(html) == (
        '<input type="submit" value="Pošalji"><input name="q" value="Ђ">'
    )


def test_html_option_label_converts():
    assert html_to_latin('<option label="Ђак" value="ђ">Ђ</option>') == (
        '<option label="Đak" value="ђ">Đ</option>'
    )


@pytest.mark.parametrize(
    "element", ["script", "style", "textarea", "xmp", "iframe", "noembed"]
)
def test_html_raw_text_elements_are_untouched(element):
    html = f"<{element}>ђ <b>ђ</b> </{element}>ђ"
    assert html_to_latin(html) == f"<{element}>ђ <b>ђ</b> </{element}>đ"


@pytest.mark.parametrize("element", ["code", "pre", "kbd", "samp"])
def test_html_code_like_elements_are_untouched_with_descendants(element):
    html = f'<{element}>ђ <b lang="sr">ђ</b> ђ</{element}> ђ'
    assert html_to_latin(html) == f'<{element}>ђ <b lang="sr">ђ</b> ђ</{element}> đ'


def test_html_translate_no_protects_all_descendants():
    html = '<div translate="no">ђ<span lang="sr" title="ђ">ђ</span></div>ђ'
    assert html_to_latin(html) == (
        '<div translate="no">ђ<span lang="sr" title="ђ">ђ</span></div>đ'
    )


def test_html_foreign_lang_protects_and_serbian_lang_reenables():
    html = '<span lang="en" title="ђ">ђ <b lang="sr-Cyrl">ђ</b> ђ</span> ђ'
    assert html_to_latin(html) == (
        '<span lang="en" title="ђ">ђ <b lang="sr-Cyrl">đ</b> ђ</span> đ'
    )


def test_html_nested_same_name_elements_close_correctly():
    html = '<span lang="en">ђ<span>ђ</span>ђ</span>ђ'
    assert html_to_latin(html) == '<span lang="en">ђ<span>ђ</span>ђ</span>đ'


def test_html_document_language_other_than_serbian_protects_everything():
    html = '<html lang="en"><body><p>ђ</p><p lang="sr">ђ</p></body></html>'
    assert html_to_latin(html) == (
        '<html lang="en"><body><p>ђ</p><p lang="sr">đ</p></body></html>'
    )


def test_html_empty_lang_means_unknown_and_protects():
    assert html_to_latin('<i lang="">ђ</i>ђ') == '<i lang="">ђ</i>đ'


def test_html_comments_doctype_cdata_untouched():
    html = "<!DOCTYPE html><!-- ђ --><![CDATA[ ђ ]]><?x ђ?>ђ"
    assert html_to_latin(html) == "<!DOCTYPE html><!-- ђ --><![CDATA[ ђ ]]><?x ђ?>đ"


def test_html_title_text_converts():
    assert html_to_latin("<title>Ђак <b></title>") == "<title>Đak <b></title>"


def test_html_entities_are_preserved_as_written():
    html = "<p>Ђ &amp; &#1114; &nbsp; &lt;ђ&gt;</p>"
    assert html_to_latin(html) == "<p>Đ &amp; &#1114; &nbsp; &lt;đ&gt;</p>"


def test_html_to_cyrillic_keeps_entity_names():
    assert html_to_cyrillic("<p>a &amp; b &nbsp;&#x41;&copy</p>") == (
        "<p>а &amp; б &nbsp;&#x41;&copy</p>"
    )


def test_html_to_cyrillic_converts_text_and_readable_attributes_only():
    html = '<p title="Naslov" class="naslov"><a href="http://x.com">Ljubav</a></p>'
    assert html_to_cyrillic(html) == (
        '<p title="Наслов" class="naslov"><a href="http://x.com">Љубав</a></p>'
    )


def test_html_to_cyrillic_respects_foreign_words_and_code():
    html = "<p>Policy list <code>print(x)</code> Tanjug</p>"
    assert html_to_cyrillic(html, foreign_words=["list"]) == (
        "<p>Policy list <code>print(x)</code> Танјуг</p>"
    )


def test_html_gt_inside_quoted_attribute_is_not_tag_end():
    html = '<a data-x="a > ђ" title="б > ђ">ђ</a>'
    assert html_to_latin(html) == '<a data-x="a > ђ" title="b > đ">đ</a>'


def test_html_unquoted_attributes():
    assert html_to_latin("<a href=/ђ class=ђ>ђ</a>") == "<a href=/ђ class=ђ>đ</a>"


def test_html_stray_less_than_is_text():
    assert html_to_latin("1 < 2 ђ <ђ> 3 <") == "1 < 2 đ <đ> 3 <"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>ђ<b>ђ", "<p>đ<b>đ"),  # unclosed tags
        ('<a title="ђ', '<a title="ђ'),  # unterminated tag: kept as is
        ("<!-- ђ", "<!-- ђ"),  # unterminated comment
        ("<script>ђ", "<script>ђ"),  # unterminated script
        ("</p>ђ</b>", "</p>đ</b>"),  # stray end tags
        ("<p lang=en>ђ</div>ђ", "<p lang=en>ђ</div>đ"),  # closed by a block
        ("<>ђ</>ђ<<ђ", "<>đ</>đ<<đ"),
        ('<a b"c=ђ>ђ', '<a b"c=ђ>đ'),
    ],
)
def test_html_malformed_input_is_handled(html, expected):
    assert html_to_latin(html) == expected


def test_html_unclosed_paragraph_with_lang_is_closed_by_next_block():
    html = '<div><p lang="en">ђ<p>ђ</div>ђ'
    assert html_to_latin(html) == '<div><p lang="en">ђ<p>đ</div>đ'


def test_html_self_closing_and_void_elements_do_not_open_protection():
    html = '<br lang="en"><img lang="en" alt="ђ"/><svg lang="en"/>ђ'
    assert (
        html_to_latin(html) == '<br lang="en"><img lang="en" alt="ђ"/><svg lang="en"/>đ'
    )


def test_html_without_cyrillic_is_returned_as_is():
    html = "<p>Only Latin</p>"
    assert html_to_latin(html) is html


def test_html_uppercase_tag_names_are_recognised():
    assert html_to_latin("<SCRIPT>ђ</SCRIPT><P TITLE='ђ'>ђ</P>") == (
        "<SCRIPT>ђ</SCRIPT><P TITLE='đ'>đ</P>"
    )


def test_html_batch_separator_in_input_does_not_confuse_conversion():
    html = "<p>ђ\x00ђ</p><p>\x01ђ</p>" + "".join(f"<i>{chr(c)}ђ</i>" for c in range(32))
    expected = "<p>đ\x00đ</p><p>\x01đ</p>" + "".join(
        f"<i>{chr(c)}đ</i>" for c in range(32)
    )
    assert html_to_latin(html) == expected


# --- slugs and search --------------------------------------------------------


def test_slug_of_cyrillic_title_is_ascii_latin():
    assert serbian_slug("Посета Џорџа Љубића Ђурђевдан") == (
        "poseta-dzordza-ljubica-djurdjevdan"
    )


def test_slug_of_latin_title_matches_cyrillic_one():
    assert serbian_slug("Poseta Džordža Ljubića Đurđevdan") == (
        "poseta-dzordza-ljubica-djurdjevdan"
    )


def test_slug_collapses_punctuation_and_strips_dashes():
    assert serbian_slug("  „Шта је ново?” — 2025!  ") == "sta-je-novo-2025"


def test_slug_is_cut_at_word_boundary():
    slug = serbian_slug("Посета Џорџа Љубића Ђурђевдан", max_length=20)
    assert slug == "poseta-dzordza"
    assert len(slug) <= 20


def test_slug_hard_cut_when_first_word_is_too_long():
    assert serbian_slug("Ђурђевдан", max_length=5) == "djurd"


def test_slug_of_nothing_is_empty():
    assert serbian_slug("!!!") == ""
    assert serbian_slug("ђ", max_length=0) == ""


def test_slug_strips_other_diacritics():
    assert serbian_slug("Café Müller") == "cafe-muller"


@pytest.mark.parametrize("text", ["Вучић", "Vučić", "VUČIĆ", "vucic", "ВУЧИЋ"])
def test_search_fold_makes_vucic_spellings_equal(text):
    assert search_fold(text) == "vucic"


@pytest.mark.parametrize("text", ["Ђорђевић", "đorđević", "djordjevic", "ĐORĐEVIĆ"])
def test_search_fold_makes_djordjevic_spellings_equal(text):
    assert search_fold(text) == "djordjevic"


def test_search_fold_turns_punctuation_into_single_spaces_keeps_digits():
    assert search_fold("  Џеп, 2025. — „Вести”!  ") == "dzep 2025 vesti"


# --- engine hygiene ----------------------------------------------------------


def test_engine_never_imports_django():
    import ast
    from pathlib import Path

    engine = ("script.py", "letters.py", "words.py", "html_rules.py", "html.py")
    others = ("fast_path.py", "feeds.py", "slugs.py", "catalogue.py", "__main__.py")
    for name in (*engine, *others, "__init__.py"):
        tree = ast.parse(Path(script.__file__).with_name(name).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("django") for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("django")


def test_module_docstring_documents_the_rules():
    doc = script.__doc__
    for needle in ("LJ", "foreign_words", "Roman", "translate=", "dj", "slug"):
        assert needle in doc


@pytest.mark.parametrize(
    "func", [to_latin, to_cyrillic, html_to_latin, html_to_cyrillic]
)
def test_non_string_input_is_a_type_error(func):
    with pytest.raises(TypeError):
        func(b"bytes")
