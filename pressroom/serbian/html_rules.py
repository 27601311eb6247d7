"""The element and attribute rules of the HTML converters, in one place.

Both HTML paths are built from these tables: the careful tokenizer in
:mod:`pressroom.serbian.html` looks names up in them, and the fast path's
regex (:mod:`pressroom.serbian.fast_path`) is generated from them. Adding an
element to :data:`ELEMENT_RULES` (as ``PROTECTED``, say) changes both.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------
# Attribute syntax
# ---------------------------------------------------------------------------

_ATTR_RE = re.compile(
    r"""([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"""
)

# ---------------------------------------------------------------------------
# The element and attribute rules, used by both HTML paths
# ---------------------------------------------------------------------------

#: Kinds of element in :data:`ELEMENT_RULES`.
RAW = "raw"  # contents are raw text, kept as written (script, style, …)
READABLE_RAW = "readable raw"  # raw text that people read: converted (title)
REST_RAW = "rest raw"  # everything after the start tag is raw text
PROTECTED = "protected"  # code-like: kept with attributes and descendants
VOID = "void"  # no contents, no end tag

#: How the converters treat an element, by (lowercase) name; an element not
#: listed is ordinary markup whose text is converted. Both HTML paths are
#: built from this table: the careful tokenizer looks names up in it, and the
#: fast path's regex stops at every element listed here that is not void.
ELEMENT_RULES: dict[str, str] = {
    **dict.fromkeys(
        ("script", "style", "textarea", "xmp", "iframe", "noembed", "noframes"),
        RAW,
    ),
    "title": READABLE_RAW,
    "plaintext": REST_RAW,
    **dict.fromkeys(("code", "pre", "kbd", "samp", "var"), PROTECTED),
    **dict.fromkeys(
        (
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr", "keygen", "basefont",
            "bgsound", "frame",
        ),
        VOID,
    ),
}  # fmt: skip

#: Attributes whose values people read, on every element.
READABLE_ATTRIBUTES = frozenset(
    {
        "alt", "title", "placeholder", "aria-label", "aria-description",
        "aria-roledescription", "aria-placeholder", "aria-valuetext",
    }
)  # fmt: skip
#: Attributes read on some elements only (see :func:`_readable_spans` for the
#: conditions on ``<input type>`` and ``<meta name>``).
ELEMENT_READABLE_ATTRIBUTES = {
    "label": frozenset({"option", "optgroup", "track"}),
    "value": frozenset({"input"}),
    "content": frozenset({"meta"}),
}
#: Attributes that change how an element and its contents are treated.
STATE_ATTRIBUTES = ("lang", "xml:lang", "translate")
_BUTTON_INPUT_TYPES = frozenset({"submit", "button", "reset"})

# Cheap test whether a start tag's attributes can matter at all.
_ATTR_INTEREST_RE = re.compile(
    "|".join(
        re.escape(name)
        for name in sorted(
            {*READABLE_ATTRIBUTES, *ELEMENT_READABLE_ATTRIBUTES, *STATE_ATTRIBUTES}
        )
    ),
    re.IGNORECASE,
)
#: ``<meta name=… / property=…>`` whose ``content`` is human-readable.
META_CONTENT_NAMES = frozenset(
    {
        "description", "keywords", "og:title", "og:description",
        "og:site_name", "og:image:alt", "twitter:title",
        "twitter:description", "twitter:image:alt", "application-name",
        "apple-mobile-web-app-title",
    }
)  # fmt: skip
# Closing one of these also ends protection opened (and left open) inside it.
_BLOCK_CLOSERS = frozenset(
    {
        "html", "body", "div", "section", "article", "main", "aside", "nav",
        "header", "footer", "td", "th", "tr", "table", "tbody", "thead",
        "tfoot", "ul", "ol", "dl", "li", "blockquote", "figure", "form",
        "details", "fieldset", "p", "h1", "h2", "h3", "h4", "h5", "h6", "dd",
        "dt", "figcaption", "caption",
    }
)  # fmt: skip
# Start tags that implicitly close an open <p> (HTML's optional end tag).
_CLOSES_P = frozenset(
    {
        "address", "article", "aside", "blockquote", "details", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu",
        "nav", "ol", "p", "pre", "section", "table", "ul",
    }
)  # fmt: skip
_SIBLING_CLOSERS = {
    "li": ("li",),
    "dt": ("dt", "dd"),
    "dd": ("dt", "dd"),
    "option": ("option",),
    "tr": ("tr", "td", "th"),
    "td": ("td", "th"),
    "th": ("td", "th"),
}
