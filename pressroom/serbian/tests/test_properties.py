"""Property tests (hypothesis) for the Serbian script engine."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pressroom.serbian.letters import _ROMAN_RE
from pressroom.serbian.script import (
    html_to_cyrillic,
    html_to_latin,
    search_fold,
    serbian_slug,
    to_cyrillic,
    to_latin,
)
from pressroom.serbian.words import _EXCEPTIONS

SERBIAN_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ"
# Text for HTML pieces: no capital digraph letters, whose Latin case depends
# on neighbouring words (possibly in another text node), no "<" or "&".
TEXT_ALPHABET = (
    "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ"
    "abcdefgxyzčšž0123456789 .,:;!?()-_/\n\t>\"'="
)
text_piece = st.text(alphabet=TEXT_ALPHABET, max_size=30)
value_piece = st.text(alphabet=TEXT_ALPHABET.replace('"', ""), max_size=20)

READABLE = ["title", "alt", "aria-label", "placeholder"]
OTHER = ["href", "class", "id", "data-x", "src", "name", "rel"]
TAGS = ["p", "span", "a", "div", "img", "b", "em", "li", "section"]


@st.composite
def attribute(draw):
    """(markup before value, value, markup after value, converted?)."""
    name = draw(st.sampled_from(READABLE + OTHER))
    value = draw(value_piece)
    return (f' {name}="', value, '"', name in READABLE)


@st.composite
def html_pieces(draw):
    """A document as pieces: (text, converted?) in order."""
    pieces = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(
            st.sampled_from(
                ["text", "open", "close", "code", "script", "lang", "comment", "no"]
            )
        )
        if kind == "text":
            pieces.append((draw(text_piece), True))
        elif kind == "open":
            pieces.append(("<" + draw(st.sampled_from(TAGS)), False))
            for before, value, after, converted in draw(
                st.lists(attribute(), max_size=4)
            ):
                pieces += [(before, False), (value, converted), (after, False)]
            pieces.append((">", False))
        elif kind == "close":
            pieces.append(("</" + draw(st.sampled_from(TAGS)) + ">", False))
        elif kind == "code":
            pieces.append(("<code>" + draw(text_piece) + "</code>", False))
        elif kind == "script":
            body = draw(text_piece) + "<b title='ђ'>" + draw(text_piece)
            pieces.append(("<script>" + body + "</script>", False))
        elif kind == "lang":
            pieces.append(('<span lang="en">' + draw(text_piece) + "</span>", False))
        elif kind == "no":
            inner = draw(text_piece)
            pieces.append(
                (
                    '<div translate="no"><i title="'
                    + inner
                    + '">'
                    + inner
                    + "</i></div>",
                    False,
                )
            )
        else:
            # A space first: "<!-->" would be a complete (empty) comment.
            body = draw(text_piece).replace("-", "")
            pieces.append(("<!-- " + body + "-->", False))
    return pieces


@given(html_pieces())
def test_html_conversion_changes_only_text_and_readable_attributes(pieces):
    html = "".join(text for text, _ in pieces)
    expected = "".join(to_latin(t) if conv else t for t, conv in pieces)
    assert html_to_latin(html) == expected


@given(html_pieces())
def test_html_to_cyrillic_never_touches_markup(pieces):
    html = "".join(text for text, _ in pieces)
    out = html_to_cyrillic(html)
    # Every markup piece appears, in order, exactly as written.
    position = 0
    for text, converted in pieces:
        if converted or not text:
            continue
        found = out.find(text, position)
        assert found >= 0, text
        position = found + len(text)


url = st.builds(
    lambda host, path: f"https://{host}.срб/{path}",
    st.text(alphabet="абвгђжљњabc", min_size=1, max_size=8),
    st.text(alphabet="абвгђжљњabc/-_=?", max_size=12),
)


@given(text_piece, url, text_piece)
def test_urls_survive_conversion(before, address, after):
    text = f"{before} {address} {after}"
    assert address in to_latin(text)
    assert address in html_to_latin(f"<p>{text}</p>")
    latin_url = "https://primer.example/" + re.sub(r"[^a-z]", "", to_latin(address))
    assert latin_url in to_cyrillic(f"{to_latin(before)} {latin_url} x")


def _round_trips(word):
    lower = word.lower()
    if any(pair in lower for pair in ("нј", "лј", "дж")):
        return False  # Latin nj / lj / dž is ambiguous there
    latin = to_latin(word)
    if latin.isupper() and _ROMAN_RE.fullmatch(latin):
        return False  # Roman numerals stay Latin by design
    if re.search("[a-z][A-Z]", latin):
        return False  # so do words with an inner capital ("iPhone")
    lower_latin = latin.lower()
    return not any(lower_latin.startswith(stem) for stem in _EXCEPTIONS)


cyrillic_word = st.text(alphabet=SERBIAN_CYRILLIC, min_size=1, max_size=12).filter(
    _round_trips
)


@given(st.lists(cyrillic_word, min_size=1, max_size=6))
def test_cyrillic_to_latin_to_cyrillic_is_identity(words):
    text = " ".join(words)
    assert to_cyrillic(to_latin(text)) == text


@settings(max_examples=200)
@given(st.text(), st.integers(-5, 120), st.lists(st.text(max_size=5), max_size=3))
def test_no_unicode_input_makes_any_function_raise(text, length, foreign):
    assert isinstance(to_latin(text), str)
    assert isinstance(to_cyrillic(text, foreign_words=foreign), str)
    assert isinstance(html_to_latin(text), str)
    assert isinstance(html_to_cyrillic(text, foreign_words=foreign), str)
    slug = serbian_slug(text, length)
    assert re.fullmatch(r"(?:[a-z0-9]+(?:-[a-z0-9]+)*)?", slug)
    assert len(slug) <= max(length, 0)
    assert isinstance(search_fold(text), str)


html_soup = st.text(alphabet="<>/!-?\"'= abpilscrtnge&;#ЂђЉЏа\n", max_size=60)


@settings(max_examples=300)
@given(html_soup)
def test_malformed_html_never_raises_and_keeps_ascii(text):
    out = html_to_latin(text)
    # Only Cyrillic changes, so the ASCII skeleton is preserved. (Up to case:
    # in HTML a capital Љ looks at its neighbours across tags, "Ђ<?>Љ" is
    # "ĐLJ", where plain text sees "<?>" between them.)
    assert (
        re.sub(r"[^\x00-\x7f]", "", to_latin(out)).lower()
        == re.sub(r"[^\x00-\x7f]", "", to_latin(text)).lower()
    )
    assert isinstance(html_to_cyrillic(text), str)


@given(st.text(alphabet=TEXT_ALPHABET.replace(">", "")))
def test_html_without_markup_is_plain_text(text):
    assert html_to_latin(text) == to_latin(text)
