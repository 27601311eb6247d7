"""Serve /sr-latn/ by converting the Serbian Cyrillic response to Latin.

This is the one place where the Latin site is derived: templates and models
only ever hold Cyrillic. The middleware sits inside the cache middleware, so
a cached Latin page is stored already converted.
"""

from pressroom.languages.reading import LATIN_CODE

from .script import html_to_latin, json_to_latin, to_latin, xml_to_latin

# How each converted type is read: HTML and XML by their markup (escaped text
# is unescaped before conversion, so an escaped URL cannot hide the words
# after it), JSON value by value (letters written as \u escapes included).
CONVERTERS = {
    "text/html": html_to_latin,
    "application/xhtml+xml": html_to_latin,
    "application/rss+xml": xml_to_latin,
    "application/atom+xml": xml_to_latin,
    "application/xml": xml_to_latin,
    "text/xml": xml_to_latin,
    "application/json": json_to_latin,
    "text/plain": to_latin,
}


class LatinScriptMiddleware:
    """Convert the body of every Serbian Latin response from Cyrillic to Latin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "LANGUAGE_CODE", None) != LATIN_CODE:
            return response
        if response.streaming or not response.content:
            return response
        content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
        convert = CONVERTERS.get(content_type)
        if convert is None:
            return response
        charset = response.charset or "utf-8"
        text = response.content.decode(charset, errors="replace")
        response.content = convert(text).encode(charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        # Serbian is now in Latin; a view may have named other languages too
        # (the content API: "en, sr-Cyrl").
        named = response.get("Content-Language", "sr").split(",")
        response["Content-Language"] = ", ".join(
            "sr-Latn" if tag.strip().lower().startswith("sr") else tag.strip()
            for tag in named
        )
        return response
