"""Words whose conversion depends on their context: initials and numerals,
foreign names, look-alike numerals, capitals split by tags, Cyrillic domains."""

import pytest

from pressroom.serbian.script import (
    html_to_cyrillic,
    html_to_latin,
    search_fold,
    serbian_slug,
    to_cyrillic,
    to_latin,
)

# --- initials or Roman numerals (Latin -> Cyrillic) ---------------------------


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Milan V. Petrović", "Милан В. Петровић"),
        ("Jelena M. Kostić", "Јелена М. Костић"),
        ("Nikola D. Pašić", "Никола Д. Пашић"),
        ("M. Petrović i L. Simić", "М. Петровић и Л. Симић"),
        ("potpisao V. M. Đorđević", "потписао В. М. Ђорђевић"),
        ("roman I. Andrića", "роман И. Андрића"),
        ("izjava C.\u00a0Stojanovića", "изјава Ц.\u00a0Стојановића"),
    ],
)
def test_single_letter_before_a_full_stop_and_a_name_is_an_initial(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Karlo V", "Карло V"),
        ("papa Pije IV i Pije V", "папа Пије IV и Пије V"),
        ("Petar I Karađorđević", "Петар I Карађорђевић"),
        ("Luj XVI", "Луј XVI"),
        ("poglavlje V, član IV", "поглавље V, члан IV"),
    ],
)
def test_roman_numerals_without_a_full_stop_stay_latin(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


def test_numeral_ending_a_sentence_before_a_sentence_opener_stays_latin():
    assert to_cyrillic("Vladao je Karlo V. Posle njega Filip II.") == (
        "Владао је Карло V. После њега Филип II."
    )
    assert to_cyrillic("Papa je bio Lav I. On je …") == "Папа је био Лав I. Он је …"


def test_numeral_with_a_full_stop_before_lowercase_or_the_end_stays_latin():
    assert to_cyrillic("u doba Karla V. i posle") == "у доба Карла V. и после"
    assert to_cyrillic("Vladao je Pije V.") == "Владао је Пије V."


def test_initials_in_caps_text_convert():
    assert to_cyrillic("MILAN V. PETROVIĆ") == "МИЛАН В. ПЕТРОВИЋ"


# --- foreign words ------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    ["iPhone", "iPad", "PfP", "LinkedIn", "MacBook", "McLaren", "eBay", "SARS-CoV-2",
     "MERS-CoV", "Wi-Fi", "McDonald's", "O'Neill", "D'Artagnan", "Rolls-Royce"],
)  # fmt: skip
def test_words_with_inner_capitals_or_a_foreign_part_stay_latin(word):
    assert to_cyrillic(f"kupio je {word} juče") == f"купио је {word} јуче"


def test_hyphenated_serbian_words_and_inflected_acronyms_convert():
    assert to_cyrillic("NATO-a, COVID-19, srpsko-grčki, Austro-Ugarska") == (
        "НАТО-а, ЦОВИД-19, српско-грчки, Аустро-Угарска"
    )


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Piše časopis Foreign Policy.", "Пише часопис Foreign Policy."),
        ("list Wall Street Journal i", "лист Wall Street Journal и"),
        ("hotel Waldorf Astoria u", "хотел Waldorf Astoria у"),
        ("kanal Sky News javlja", "канал Sky News јавља"),
        ("u listu Washington Post Magazine", "у листу Washington Post Magazine"),
    ],
)
def test_a_run_of_capitalised_foreign_words_stays_latin_together(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


def test_serbian_words_next_to_a_foreign_name_still_convert():
    # A sentence's first word, a word with č ć đ š ž, lowercase words.
    assert to_cyrillic("Juče Wilson reče") == "Јуче Wilson рече"
    assert to_cyrillic("U Washingtonu Vučić reče") == "У Washingtonu Вучић рече"
    assert to_cyrillic("Ambasador Wilson i ministar") == "Амбасадор Wilson и министар"
    assert to_cyrillic("sa Wilsonom, Petar") == "са Wilsonom, Петар"


# --- Roman numerals typed with a Cyrillic look-alike ------------------------------


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Луј ХIV", "Luj XIV"),  # Cyrillic Х, Latin IV
        ("ХХI век", "XXI vek"),
        ("у ХVIII веку", "u XVIII veku"),
        ("ХХ век", "XX vek"),  # two Cyrillic Х: a numeral too
        ("МCМXC", "MCMXC"),
    ],
)
def test_mixed_script_roman_numerals_are_latin_numerals(cyrillic, latin):
    assert to_latin(cyrillic) == latin
    assert to_cyrillic(latin.replace("X", "Х", 1)) == to_cyrillic(latin)


def test_cyrillic_words_with_kha_are_not_numerals():
    assert to_latin("Хрватска, ХИВ, Х и ХС") == "Hrvatska, HIV, H i HS"


# --- capitals across tags ---------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("Њ<b>ЕГОШ</b>", "NJ<b>EGOŠ</b>"),
        ("<h1><span>Љ</span>УБАВ</h1>", "<h1><span>LJ</span>UBAV</h1>"),
        ("<p>КО<i>Њ</i>.</p>", "<p>KO<i>NJ</i>.</p>"),
        ('ЏУ<a href="/x">Џ</a>', 'DŽU<a href="/x">DŽ</a>'),
        ("Њ<b>егош</b>", "Nj<b>egoš</b>"),
        ("<p>Њ</p>\n<p>егош</p>", "<p>Nj</p>\n<p>egoš</p>"),
    ],
)
def test_capital_digraph_follows_the_letters_across_tags(html, expected):
    assert html_to_latin(html) == expected


def test_attribute_value_is_a_text_of_its_own():
    html = '<abbr title="Љ">ЉУБАВ</abbr> <img alt="ЉУБАВ Љ">'
    assert html_to_latin(html) == '<abbr title="Lj">LJUBAV</abbr> <img alt="LJUBAV LJ">'


# --- Cyrillic domain names in running text -------------------------------------------


@pytest.mark.parametrize(
    "domain",
    ["влада.срб", "мсп.гов.срб", "президент.рф", "пример.рф/вести/1", "ВЛАДА.СРБ"],
)
def test_cyrillic_domain_names_in_text_are_kept(domain):
    assert to_latin(f"Више на {domain}, до краја.") == f"Više na {domain}, do kraja."
    assert html_to_latin(f"<p>Види {domain}</p>") == f"<p>Vidi {domain}</p>"


def test_cyrillic_domain_with_latin_labels_is_kept_in_cyrillic_conversion():
    assert to_cyrillic("sajt ministarstvo.срб i mail") == "сајт ministarstvo.срб и маил"
    assert html_to_cyrillic("<p>vidi vlada.срб</p>") == "<p>види vlada.срб</p>"


def test_abbreviations_with_full_stops_are_not_domains():
    assert to_latin("т.ј. то јест, др. сц.") == "t.j. to jest, dr. sc."


def test_attribute_values_converted_together_stay_apart():
    # The careful path (here: Serbian inside English) converts the values of
    # a page in one call: a lone capital must not see the next value's caps.
    html = '<i lang="en"><b lang="sr"><img alt="Љ"><img alt="ЉУБАВ" title="Љ и">'
    assert html_to_latin(html) == (
        '<i lang="en"><b lang="sr"><img alt="Lj"><img alt="LJUBAV" title="Lj i">'
    )


def test_slugs_and_search_fold_domains_and_numerals_letter_by_letter():
    # Display rules do not change how stored text is found or slugged.
    assert serbian_slug("Нови сајт влада.срб") == "novi-sajt-vlada-srb"
    assert search_fold("Види влада.срб") == "vidi vlada srb"
    assert search_fold("ХХ век") == search_fold("HH vek")
