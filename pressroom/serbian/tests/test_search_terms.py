"""Search terms: one analysis for index and query, whatever the script.

Plain pytest: the engine needs no Django.
"""

import doctest

import pytest

from pressroom.serbian import search_terms
from pressroom.serbian.search_terms import (
    MAX_WORD_LENGTH,
    index_terms,
    query_phrase,
    query_terms,
    word_spans,
    word_term,
)


def test_documented_examples_hold():
    assert doctest.testmod(search_terms).failed == 0


@pytest.mark.parametrize("spelling", ["vucic", "vučić", "VUČIĆ", "Вучић", "ВУЧИЋ"])
def test_every_script_and_spelling_gives_one_term(spelling):
    assert query_terms(spelling, "sr") == query_terms("Вучић", "sr")


@pytest.mark.parametrize("spelling", ["djordjevic", "đorđević", "Đorđević", "Ђорђевић"])
def test_dj_and_dje_are_one_term(spelling):
    assert query_terms(spelling, "sr") == query_terms("Ђорђевић", "sr")


@pytest.mark.parametrize("form", ["Србија", "Србије", "Srbiji", "Srbijom", "SRBIJU"])
def test_serbian_cases_share_the_term_of_the_nominative(form):
    assert query_terms(form, "sr") == query_terms("Србија", "sr")


@pytest.mark.parametrize(
    "form", ["Вучетића", "Вучетићу", "Вучетићем", "vucetic", "Vučetićem"]
)
def test_cases_of_a_name_share_its_term(form):
    assert query_terms(form, "sr") == query_terms("Вучетић", "sr")


def test_english_words_are_stemmed_with_the_english_algorithm():
    assert query_terms("exercises", "en") == query_terms("Exercise", "en")
    assert query_terms("flooding floods", "en") == ["flood"]


def test_query_and_index_agree_on_every_word():
    text = "Државни секретар Ђорђе Вучетић посетио је Србију."
    assert index_terms(text, "sr").split() == query_terms(
        text, "sr", limit=100, stop_words=True
    )


def test_index_terms_keep_repetitions_and_order():
    assert index_terms("Поплава, поплаве, поплави!", "sr") == "poplav poplav poplav"


@pytest.mark.parametrize(
    "query",
    [
        'NEAR(a b) "unbalanced',
        "title:exercise ^start *",
        "x' OR 1=1; DROP TABLE search_searchentry; --",
        "a\x00b\x1fc\u202e",
        "(((((",
    ],
)
def test_query_syntax_becomes_plain_words(query):
    terms = query_terms(query, "en")
    assert all(term.isalnum() and term == term.lower() for term in terms)


def test_queries_are_capped():
    assert len(query_terms(" ".join(f"w{n}" for n in range(5000)), "en")) == 12
    assert query_terms("x" * (MAX_WORD_LENGTH + 1), "en") == []


def test_empty_and_punctuation_only_text_has_no_terms():
    assert query_terms("", "sr") == []
    assert query_terms(" ... --- *** ", "sr") == []
    assert index_terms("", "en") == ""


def test_numbers_are_kept_as_written():
    assert query_terms("2026", "sr") == ["2026"]


def test_a_word_of_a_text_gets_the_term_it_was_indexed_under():
    text = "У Србији, Вучетићу."
    words = [text[start:end] for start, end in word_spans(text)]
    assert words == ["У", "Србији", "Вучетићу"]
    assert [word_term(word, "sr") for word in words] == index_terms(text, "sr").split()


@pytest.mark.parametrize(
    ("instrumental", "nominative"),
    [("кључем", "кључ"), ("краљем", "краљ"), ("Ђорђем", "Ђорђе"), ("зецем", "зец")],
)
def test_instrumental_after_a_soft_consonant_shares_the_term(instrumental, nominative):
    assert query_terms(instrumental, "sr") == query_terms(nominative, "sr")


@pytest.mark.parametrize(
    ("word", "other_case"), [("систем", "система"), ("системом", "систему")]
)
def test_other_words_ending_in_em_keep_their_stem(word, other_case):
    assert query_terms(word, "sr") == query_terms(other_case, "sr") == ["sistem"]


@pytest.mark.parametrize(
    ("query", "language", "terms"),
    [
        ("the exercise in Serbia", "en", ["exercis", "serbia"]),
        ("вежба у Србији", "sr", query_terms("vežba Srbiji", "sr")),
        ("vežba u Srbiji", "sr", query_terms("vežba Srbiji", "sr")),
        ("сарадња са Алијансом", "sr", query_terms("saradnja Alijansom", "sr")),
    ],
)
def test_stop_words_are_left_out_of_queries(query, language, terms):
    assert query_terms(query, language) == terms


@pytest.mark.parametrize(("query", "language"), [("to be or not", "en"), ("и у", "sr")])
def test_a_query_of_stop_words_only_keeps_them(query, language):
    assert len(query_terms(query, language)) == len(query.split())


def test_a_phrase_keeps_its_stop_words_in_order():
    assert (
        query_phrase("вежба у Србији", "sr")
        == index_terms("vežba u Srbiji", "sr").split()
    )
