"""Serve /sr-latn/ by converting the Serbian Cyrillic response to Latin.

This is the one place where the Latin site is derived: templates and models
only ever hold Cyrillic. The middleware sits inside the cache middleware, so
a cached Latin page is stored already converted.
"""

from pressroom.languages.reading import LATIN_CODE

from .script import html_to_latin, to_latin

HTML_TYPES = ("text/html", "application/xhtml+xml")
# Feeds, JSON and plain text carry markup only in ASCII (tags, keys, URLs),
# which the letter conversion leaves alone.
TEXT_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/json",
    "text/plain",
)


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
        if content_type in HTML_TYPES:
            convert = html_to_latin
        elif content_type in TEXT_TYPES:
            convert = to_latin
        else:
            return response
        charset = response.charset or "utf-8"
        text = response.content.decode(charset, errors="replace")
        response.content = convert(text).encode(charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        response["Content-Language"] = "sr-Latn"
        return response
