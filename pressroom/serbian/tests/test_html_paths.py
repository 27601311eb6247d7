"""The fast and the careful HTML paths: one table of rules, the same output."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressroom.serbian.fast_path import _FAST_RUN_RE, _fast_run_re
from pressroom.serbian.html import _html_to_latin
from pressroom.serbian.script import (
    ELEMENT_RULES,
    PROTECTED,
    RAW,
    READABLE_ATTRIBUTES,
    VOID,
    html_to_latin,
)


def careful(html):
    return _html_to_latin(html, None)


def fast(html, fast_run=None):
    return _html_to_latin(html, fast_run or _FAST_RUN_RE)


# --- generated HTML ----------------------------------------------------------

# Capital digraphs, all-caps words and look-alike numerals included: their
# conversion depends on the neighbouring text, across tags.
WORDS = [
    "Његош", "ЊЕГОШ", "Њ", "Љ", "Џ", "ЉУБАВ", "КОЊ", "ЏЏ", "ЕГОШ", "его",
    "Луј", "ХIV", "ХХ", "влада.срб", "пример.рф/а", "Ђорђе", "и", "И", "NATO",
    "A", "b", "1", ".", ",", " ", " ", "\n", "&amp;", "<", ">", "1 < 2", "'", '"',
]  # fmt: skip
TAGS = ["p", "b", "i", "a", "span", "div", "li", "em", "img", "br", "option", "td"]
ATTRIBUTES = [*sorted(READABLE_ATTRIBUTES), "href", "class", "data-x", "label"]
SPECIAL = sorted(name for name, kind in ELEMENT_RULES.items() if kind != VOID)

KINDS = ["text", "text", "open", "close", "special", "comment"]
word = st.sampled_from(WORDS)
text = st.lists(word, max_size=4).map("".join)


@st.composite
def start_tag(draw):
    name = draw(st.sampled_from(TAGS))
    parts = [name]
    for _ in range(draw(st.integers(0, 3))):
        attribute = draw(st.sampled_from(ATTRIBUTES))
        value = draw(text).replace('"', "").replace("<", "").replace(">", "")
        quote = draw(st.sampled_from(['"', "'", ""]))
        if quote == "" and (not value or re.search(r"[\s'\"=`]", value)):
            quote = '"'
        value = value.replace(quote, "") if quote else value
        parts.append(f"{attribute}={quote}{value}{quote}")
    if draw(st.booleans()) and draw(st.booleans()):
        state = draw(st.sampled_from(['lang="en"', 'lang="sr"', 'translate="no"']))
        parts.append(state)
    return "<" + " ".join(parts) + ">"


@st.composite
def html_documents(draw):
    pieces = []
    for _ in range(draw(st.integers(0, 14))):
        kind = draw(st.sampled_from(KINDS))
        if kind == "text":
            pieces.append(draw(text))
        elif kind == "open":
            pieces.append(draw(start_tag()))
        elif kind == "close":
            pieces.append(f"</{draw(st.sampled_from(TAGS))}>")
        elif kind == "special":
            name = draw(st.sampled_from(SPECIAL))
            pieces.append(f"<{name}>{draw(text)}</{name}>")
        else:
            pieces.append(f"<!-- {draw(text).replace('-', '')} -->")
    return "".join(pieces)


@settings(max_examples=400)
@given(html_documents())
def test_fast_and_careful_paths_give_the_same_output(html):
    assert fast(html) == careful(html)


@settings(max_examples=200)
@given(st.text(alphabet="<>/=\"' abilpstЉЊЏЕГОШегош.\n", max_size=50))
def test_fast_and_careful_paths_agree_on_tag_soup(html):
    assert fast(html) == careful(html)


# --- one table of element rules -------------------------------------------------


@pytest.mark.parametrize(
    "name", sorted(n for n, kind in ELEMENT_RULES.items() if kind in (PROTECTED, RAW))
)
def test_every_protected_and_raw_element_is_kept_by_both_paths(name):
    html = f'<p>Ђак <{name} title="Ђ">Ђ <b>Ђ</b></{name}> Ђак</p>'
    # Raw elements keep their attributes' rules; protected ones keep them too.
    expected_title = "Ђ" if ELEMENT_RULES[name] == PROTECTED else "Đ"
    expected = f'<p>Đak <{name} title="{expected_title}">Ђ <b>Ђ</b></{name}> Đak</p>'
    assert fast(html) == expected
    assert careful(html) == expected


def test_var_is_code_like_and_kept_as_written():
    html = "<p>Нека је <var>х</var> број, а <var>ђ</var> слово.</p>"
    assert html_to_latin(html) == (
        "<p>Neka je <var>х</var> broj, a <var>ђ</var> slovo.</p>"
    )


def test_an_element_added_to_the_table_is_protected_by_both_paths(monkeypatch):
    html = "<p>Ђак <dfn>Ђ</dfn> Ђак</p>"
    # Before: an ordinary element, which the fast path runs through.
    assert covered(_fast_run_re(), html) == len(html)
    monkeypatch.setitem(ELEMENT_RULES, "dfn", PROTECTED)
    expected = "<p>Đak <dfn>Ђ</dfn> Đak</p>"
    assert careful(html) == expected
    assert fast(html, _fast_run_re()) == expected
    assert covered(_fast_run_re(), html) < len(html)


def covered(fast_run, html):
    """How much of ``html`` one fast run takes (0: the careful path)."""
    m = fast_run.match(html)
    return m.end() if m else 0


def test_state_and_readable_attributes_come_from_the_table():
    fast_run = _fast_run_re(readable_attributes={"alt"}, state_attributes=("lang",))
    assert covered(fast_run, '<img alt="Ђ">') == len('<img alt="Ђ">')
    assert covered(fast_run, '<img title="Ђ">') == 0
    assert covered(fast_run, '<b lang="en">') == 0
    assert covered(fast_run, '<b translate="no">') == len('<b translate="no">')
