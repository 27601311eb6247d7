"""Feeds and data: Cyrillic -> Latin for XML (RSS, Atom, sitemaps) and JSON."""

from __future__ import annotations

import json
import re

from .html import html_to_latin
from .letters import _HAS_CYRILLIC_RE, to_latin

# ---------------------------------------------------------------------------
# XML (feeds, sitemaps) and JSON
# ---------------------------------------------------------------------------

_XML_TOKEN_RE = re.compile(
    r"<!--[\s\S]*?(?:-->|\Z)"
    r"|<!\[CDATA\[[\s\S]*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*+(?:>|\Z)"
    r"|<[^>\"']*+(?:(?:\"[^\"]*+\"|'[^']*+')[^>\"']*+)*+(?:>|\Z)"
)
_XML_ATTR_RE = re.compile(r"""(?<=[\s"'])([\w:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
#: XML attributes whose values people read (Atom's category term and label,
#: a link's title); every other attribute (href, url, hreflang, …) is data.
XML_READABLE_ATTRIBUTES = frozenset({"term", "label", "title"})
_XML_REFERENCE_RE = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|lt|gt|amp|quot|apos);")
_XML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _xml_unescape(text: str) -> str:
    def replace(m: re.Match[str]) -> str:
        ref = m.group()[1:-1]
        if ref[0] == "#":
            return chr(int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:]))
        return _XML_NAMED[ref]

    return _XML_REFERENCE_RE.sub(replace, text)


def _xml_text_to_latin(text: str, quote: str = "") -> str:
    """Convert escaped XML character data; unchanged text keeps its bytes."""
    if "&" not in text:
        return to_latin(text)
    plain = _xml_unescape(text)
    if not _HAS_CYRILLIC_RE.search(plain):
        return text
    out = to_latin(plain).replace("&", "&amp;").replace("<", "&lt;")
    out = out.replace(">", "&gt;")
    return out.replace(quote, "&quot;" if quote == '"' else "&apos;") if quote else out


def _xml_tag_to_latin(tag: str) -> str:
    if not _HAS_CYRILLIC_RE.search(tag) or tag.startswith(("<!", "<?")):
        return tag

    def replace(m: re.Match[str]) -> str:
        if m.group(1).split(":")[-1].lower() not in XML_READABLE_ATTRIBUTES:
            return m.group()
        group = 2 if m.group(2) is not None else 3
        quote = '"' if group == 2 else "'"
        start, end = m.start(group) - m.start(), m.end(group) - m.start()
        value = _xml_text_to_latin(m.group(group), quote)
        return m.group()[:start] + value + m.group()[end:]

    return _XML_ATTR_RE.sub(replace, tag)


def xml_to_latin(xml: str) -> str:
    """Convert the text of an XML document (RSS, Atom) from Cyrillic to Latin.

    Character data and CDATA sections are converted after resolving character
    references, so an escaped URL (``&quot;https://…&quot;``) or markup
    (``&lt;p&gt;``) inside the text neither hides the words after it nor gets
    changed; the result is escaped again. Of the attributes, only the readable
    ones in :data:`XML_READABLE_ATTRIBUTES` change. Element names, other
    attributes, comments and processing instructions are kept as written.
    """
    if not isinstance(xml, str):
        raise TypeError("xml_to_latin() expects str")
    if not _HAS_CYRILLIC_RE.search(xml) and "&#" not in xml:
        return xml
    out = []
    pos = 0
    for m in _XML_TOKEN_RE.finditer(xml):
        out.append(_xml_text_to_latin(xml[pos : m.start()]))
        token = m.group()
        if token.startswith("<![CDATA["):
            out.append(to_latin(token))
        elif token.startswith("<!--"):
            out.append(token)
        else:
            out.append(_xml_tag_to_latin(token))
        pos = m.end()
    out.append(_xml_text_to_latin(xml[pos:]))
    return "".join(out)


def _json_value_to_latin(value: object) -> object:
    if isinstance(value, str):
        # Rich text travels as HTML strings: keep its code and foreign parts.
        return html_to_latin(value) if "<" in value else to_latin(value)
    if isinstance(value, list):
        return [_json_value_to_latin(item) for item in value]
    if isinstance(value, dict):
        return {key: _json_value_to_latin(item) for key, item in value.items()}
    return value


def json_to_latin(text: str) -> str:
    """Convert the string values of a JSON document from Cyrillic to Latin.

    The document is parsed, so letters written as ``\\u`` escapes are
    converted too; keys never change. Strings holding markup go through
    :func:`html_to_latin`, the others through :func:`to_latin`. Text that is
    not valid JSON is converted as plain text. The output is compact UTF-8
    JSON.
    """
    if not isinstance(text, str):
        raise TypeError("json_to_latin() expects str")
    try:
        value = json.loads(text)
    except ValueError:
        return to_latin(text)
    return json.dumps(
        _json_value_to_latin(value), ensure_ascii=False, separators=(",", ":")
    )
