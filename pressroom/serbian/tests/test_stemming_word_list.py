"""The Serbian stemmer measured on the word list of the demo and import example.

Every form of a dictionary word should give one term, and no two words one
term (see data/word_forms.py and docs/search.md for the figures).
"""

from collections import Counter

from pressroom.serbian.search_terms import word_term

from .data.word_forms import WORD_FORMS

GROUPS = [line.split() for line in WORD_FORMS.strip().splitlines()]


def _terms(group):
    return [word_term(word, "sr") for word in group]


def test_most_dictionary_words_keep_one_term_in_every_form():
    whole = [group[0] for group in GROUPS if len(set(_terms(group))) == 1]
    assert len(whole) >= 0.8 * len(GROUPS), sorted(
        {group[0] for group in GROUPS} - set(whole)
    )


def test_nearly_every_pair_of_forms_shares_a_term():
    pairs = same = 0
    for group in GROUPS:
        terms = _terms(group)
        for i, first in enumerate(terms):
            for second in terms[i + 1 :]:
                pairs += 1
                same += first == second
    assert same >= 0.9 * pairs


def test_no_two_words_share_a_term():
    owners = Counter()
    for group in GROUPS:
        for term in set(_terms(group)):
            owners[term] += 1
    assert [term for term, count in owners.items() if count > 1] == []


def test_adjective_pronoun_and_fleeting_a_forms_meet():
    assert len({word_term(w, "sr") for w in ["međunarodni", "medjunarodnog"]}) == 1
    assert len({word_term(w, "sr") for w in ["sastanak", "sastanku"]}) == 1
    assert len({word_term(w, "sr") for w in ["ovaj", "ovog", "ovim"]}) == 1
    assert len({word_term(w, "sr") for w in ["mandat", "mandata", "mandatom"]}) == 1
