"""Snippets part the blocks of a page, so that they do not read as one sentence."""

import pytest

from pressroom.news.models import ArticlePage
from pressroom.search.documents import body_text
from pressroom.search.snippets import snippet
from pressroom.serbian.search_terms import word_term

# Words are stemmed with the names register, which is read from the database.
pytestmark = pytest.mark.django_db


def terms(*words):
    return [word_term(word, "en") for word in words]


def test_a_heading_and_the_paragraph_after_it_are_parted():
    page = ArticlePage(
        body=[
            ("heading", "Exercise at the range"),
            ("paragraph", "<p>Soldiers trained together.</p><p>They left</p>"),
            ("heading", "What comes next"),
        ]
    )
    result = snippet(body_text(page), terms("range"), "en")
    assert result == (
        "Exercise at the <mark>range</mark> · Soldiers trained together. "
        "They left · What comes next"
    )


def test_a_block_without_punctuation_is_parted_from_the_next():
    text = "Exercise at the range\nSoldiers trained together.\nThey left\nEnd"
    result = snippet(text, terms("range"), "en")
    assert result == (
        "Exercise at the <mark>range</mark> · Soldiers trained together. "
        "They left · End"
    )


def test_paragraphs_of_one_block_do_not_run_together():
    page = ArticlePage(
        body=[("paragraph", "<p>The talks ended.</p><p>Delegations met</p>")]
    )
    result = snippet(body_text(page), terms("delegations"), "en")
    assert result == "The talks ended. <mark>Delegations</mark> met"


def test_a_lead_and_the_body_are_parted():
    result = snippet("Short lead\nThe body", terms("body"), "en")
    assert result == "Short lead · The <mark>body</mark>"
