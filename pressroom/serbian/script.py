"""Serbian script engine: Cyrillic <-> Latin for plain text and HTML, slugs, search.

Pure Python, standard library only (Django is never imported here), so the
engine can run in management commands, workers and the command line alike
(``python -m pressroom.serbian``). Content is stored in Cyrillic; the Latin
site is derived from it with :func:`html_to_latin`.

This module is the engine's public face and describes its rules; the code
lives in modules by concern: :mod:`~pressroom.serbian.letters` (Cyrillic ->
Latin for text), :mod:`~pressroom.serbian.words` (Latin -> Cyrillic),
:mod:`~pressroom.serbian.html_rules` (the element and attribute rules),
:mod:`~pressroom.serbian.html` (the careful HTML path),
:mod:`~pressroom.serbian.fast_path` (the fast HTML path),
:mod:`~pressroom.serbian.feeds` (XML, JSON) and
:mod:`~pressroom.serbian.slugs` (slugs, search folding).

Cyrillic -> Latin (:func:`to_latin`, :func:`html_to_latin`)
===========================================================

* The 30 Serbian Cyrillic letters map to Serbian Latin (Gaj's alphabet):
  а→a … ђ→đ, ж→ž, ј→j, љ→lj, њ→nj, ћ→ć, ч→č, џ→dž, ш→š; capitals likewise.
  ѐ/ѝ (Ѐ/Ѝ), used in Serbian to mark accents (сѐ), become è/ì (È/Ì).
  Every other character, including Russian/Macedonian-only Cyrillic letters
  (ы, ѓ, ќ, …), passes through unchanged.
* Capital digraphs follow the case of their context:

  - Љ/Њ/Џ followed by a lowercase letter → Lj/Nj/Dž (Љубав → Ljubav);
  - followed by an uppercase letter, or preceded by one and not followed by a
    lowercase letter → LJ/NJ/DŽ (ЉУБАВ → LJUBAV, КОЊ → KONJ, ЏЏ → DŽDŽ);
  - a capital digraph letter standing alone (no letter on either side, e.g.
    the word "Љ") → LJ/NJ/DŽ when the nearest word before or after it is an
    all-caps word of two or more letters ("ЉУБАВ НАЦИЈА Љ." → "… LJ."),
    otherwise Lj/Nj/Dž ("слово Љ" → "slovo Lj"; a lone "Љ" → "Lj"). The
    title-case form is the default because a lone capital is far more often
    an initial or a letter being named than part of shouted text.
  - In HTML (and in :func:`to_latin_pieces`) the neighbours are the visible
    letters: tags and piece boundaries are passed over, so "Њ<b>ЕГОШ</b>"
    → "NJ<b>EGOŠ</b>". An attribute value is a text of its own.
* URLs (``scheme://…``, ``www.…``), e-mail addresses and bare domain names
  ending in a Cyrillic top-level domain (:data:`CYRILLIC_TLDS`: "влада.срб",
  "пример.рф/вести") are never changed, even when they contain Cyrillic (an
  IDN address written in Cyrillic is a different address once
  transliterated). Latin text, digits and Roman numerals contain no Cyrillic
  and are left exactly as they are.
* A Roman numeral typed with a Cyrillic look-alike is written with Latin
  letters: a token mixing Cyrillic Х or І with Latin Roman letters, or two or
  more Cyrillic Х ("Луј ХIV" → "Luj XIV", "ХХ век" → "XX vek", not "HIV",
  "HH"). (A Cyrillic М becomes M anyway; a С among Latin numerals is not
  recognised.)

Latin -> Cyrillic (:func:`to_cyrillic`, :func:`html_to_cyrillic`)
=================================================================

For editors who paste Latin text. Text is handled word by word (a word is a
run of letters; a compound is words joined by hyphens or apostrophes, with
digits after a hyphen: "SARS-CoV-2", "McDonald's", "NATO-a"); digits,
punctuation and spacing never change.

* These stay Latin, unconverted:

  - URLs, e-mail addresses and bare Cyrillic domain names (as above);
  - words given in ``foreign_words`` (whole-word, case-insensitive match; an
    entry may also be a phrase such as "Foreign Policy");
  - compounds with a letter outside the Serbian alphabets, i.e. any Latin
    letter other than a–z without q, w, x, y plus č ć đ š ž (and the
    ligatures ǆ ǉ ǌ): "Policy", "WHO", "Müller", "Washington", "Wi-Fi" are
    treated as foreign, the whole compound with them;
  - compounds with an inner capital, a lowercase Latin letter followed by a
    capital or a capital after an apostrophe: "iPhone", "PfP", "SARS-CoV-2",
    "McDonald's", "O'Neill";
  - the capitalised neighbours of a foreign name (one with a capital and a
    lowercase letter), separated from it by spaces only, so that a name of
    several words stays Latin together: "časopis Foreign Policy",
    "Wall Street Journal". A neighbour joins only if it does not open a
    sentence, is not all caps and has no letter only Serbian uses (č ć đ š ž,
    lj nj dž): "Juče Wilson", "U Washingtonu Vučić" keep Juče and Vučić
    Serbian;
  - Roman numerals: all-capital words that are well-formed Roman numerals
    (II, IV, XXI, MCMXC), and look-alike numerals ("ХIV" → XIV, as above).
    Exceptions: a one-letter numeral (I, V, L, C, D, M) followed by a full
    stop and a capitalised word is an initial and converted ("Milan V.
    Petrović" → "Милан В. Петровић"), unless that word is one that opens
    sentences (:data:`SENTENCE_OPENERS`: "Karlo V. Posle njega…" keeps V);
    the numerals that are also Serbian words (I "and", VI "you", MI "we",
    LI, DIV) are converted when they start a sentence ("I onda…" → "И
    онда…", for I) or sit next to an all-caps word ("SRBIJA I GRČKA" →
    "СРБИЈА И ГРЧКА"); "Petar I", "a I b" keep "I". The rule and its limits:
    docs/serbian-script.md.

* All other words are converted, acronyms included: NATO → НАТО, EU → ЕУ.
* Digraphs: lj/Lj/LJ → љ/Љ/Љ, nj/Nj/NJ → њ/Њ/Њ, dž/Dž/DŽ → џ/Џ/Џ, and the
  ligature letters ǉ ǈ Ǉ, ǌ ǋ Ǌ, ǆ ǅ Ǆ likewise. "dj" is д + ј, not ђ: modern
  Serbian Latin writes đ, and "dj" occurs in real words (odjek, podjela).
* Where a digraph spans a morpheme boundary it must be split (nadživeti is
  над + живети, not *наџивети). :data:`DIGRAPH_EXCEPTIONS` lists the word
  beginnings where that happens; see its comment for how it is matched. An
  editor can also force a split by typing a zero-width non-joiner (U+200C)
  between the two letters; it is dropped from the output.
* Decomposed diacritics (c + U+030C …) are composed first, so pasted text from
  macOS converts like any other.

HTML (:func:`html_to_latin`, :func:`html_to_cyrillic`)
======================================================

The markup is scanned with a hand-written tokenizer over the raw string (no
parse tree, no decoding): only text nodes and human-readable attribute values
change, every other byte is copied as written. Which elements and attributes
are special is given once, in :data:`ELEMENT_RULES`,
:data:`READABLE_ATTRIBUTES`, :data:`ELEMENT_READABLE_ATTRIBUTES` and
:data:`STATE_ATTRIBUTES`; the careful tokenizer and the fast path (one regex
match over runs of ordinary text and tags) are both built from these tables
and give the same output.

* Converted attributes: ``alt``, ``title``, ``placeholder``, ``aria-label``,
  ``aria-description``, ``aria-roledescription``, ``aria-placeholder``,
  ``aria-valuetext``; ``label`` on ``<option>``, ``<optgroup>``, ``<track>``;
  ``value`` only on ``<input type=submit|button|reset>`` (where it is the
  button's caption; elsewhere it is data sent to the server);
  ``content`` on ``<meta>`` whose ``name``/``property`` is one of
  :data:`META_CONTENT_NAMES` (description, keywords, og:title, og:description,
  og:site_name, og:image:alt, twitter:title, twitter:description,
  twitter:image:alt, application-name, apple-mobile-web-app-title).
* Never changed: tag and attribute names, all other attribute values (href,
  src, id, class, data-*, …), comments, doctype, CDATA, processing
  instructions, the contents of ``<script>``, ``<style>``, ``<textarea>`` (the
  editable value a form submits), ``<xmp>``, ``<iframe>``, ``<noembed>``,
  ``<noframes>``, ``<plaintext>``, and elements with all their descendants:
  ``<code>``, ``<pre>``, ``<kbd>``, ``<samp>``, ``<var>``, anything with
  ``translate="no"``
  (nothing inside it is re-enabled), and anything whose ``lang`` (or
  ``xml:lang``) is not Serbian. A ``lang`` starting with ``sr`` re-enables
  conversion inside a non-Serbian element; an empty ``lang`` means "unknown"
  and protects. An element's own attributes follow the same rule as its
  contents.
* ``<title>`` text is converted (it is read as text, tags inside are text).
* ``<script type="application/ld+json">`` (structured data that search
  engines and social networks show to people, such as a headline) is
  converted as text: JSON keeps Cyrillic letters literal, and its quotes and
  backslashes end a URL, so URLs in it stay as they are.
* Character references stay as written: text is converted in its raw form,
  so ``&amp;`` and ``&#1114;`` survive (a Cyrillic letter written as a
  numeric reference is therefore not converted). In Latin -> Cyrillic, entity
  names are protected from conversion.
* Malformed input never raises: a ``<`` not followed by a tag name is text;
  an unterminated tag, comment or raw-text element runs to the end of the
  input and is kept as is; quoted attribute values may contain ``>``; end
  tags without a matching open element are ignored, except that the end tag
  of an enclosing block (``</div>``, ``</td>``, ``</body>``, …) also ends
  protection opened inside it and never closed. ``<x/>`` is treated as
  self-closing.

Slugs and search
================

* :func:`serbian_slug`: Latin first, then č ć → c, đ → dj, š → s, ž → z
  (so dž → dz), other diacritics stripped, lowercase, runs of anything but
  [a-z0-9] → "-", cut at a word boundary within ``max_length`` (hard cut only
  when the first word alone is longer). May return "" (caller's fallback).
* :func:`search_fold`: Latin, casefold, đ → dj, diacritics stripped, every
  character that is not a letter or digit → space, whitespace collapsed:
  "Вучић", "VUČIĆ", "vucic" → "vucic"; "Ђорђевић", "djordjevic" → "djordjevic".
"""

from .feeds import XML_READABLE_ATTRIBUTES, json_to_latin, xml_to_latin
from .html import html_to_cyrillic, html_to_latin
from .html_rules import (
    ELEMENT_READABLE_ATTRIBUTES,
    ELEMENT_RULES,
    META_CONTENT_NAMES,
    PROTECTED,
    RAW,
    READABLE_ATTRIBUTES,
    READABLE_RAW,
    REST_RAW,
    STATE_ATTRIBUTES,
    VOID,
)
from .letters import CYRILLIC_TLDS, to_latin, to_latin_pieces
from .slugs import search_fold, serbian_slug
from .words import DIGRAPH_EXCEPTIONS, SENTENCE_OPENERS, to_cyrillic

__all__ = [
    "CYRILLIC_TLDS",
    "DIGRAPH_EXCEPTIONS",
    "ELEMENT_READABLE_ATTRIBUTES",
    "ELEMENT_RULES",
    "META_CONTENT_NAMES",
    "PROTECTED",
    "RAW",
    "READABLE_ATTRIBUTES",
    "READABLE_RAW",
    "REST_RAW",
    "SENTENCE_OPENERS",
    "STATE_ATTRIBUTES",
    "VOID",
    "XML_READABLE_ATTRIBUTES",
    "html_to_cyrillic",
    "html_to_latin",
    "json_to_latin",
    "search_fold",
    "serbian_slug",
    "to_cyrillic",
    "to_latin",
    "to_latin_pieces",
    "xml_to_latin",
]
