"""The three reading languages and how each maps to a content locale and a script.

English and Serbian are written; Serbian Latin (``sr-latn``) is read only,
derived from the Serbian Cyrillic content. Everything else that needs to know
about a reading language asks this module.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit


@dataclass(frozen=True)
class ReadingLanguage:
    """One reading language of the site."""

    code: str  # Django language code and URL prefix
    content_locale: str  # the Wagtail locale its content is written in
    html_lang: str  # BCP 47 tag for <html lang> and hreflang
    switcher_label: str  # the label in the header switcher
    name: str  # its own name, in itself (settings.LANGUAGES, choices)
    # Open Graph's language_TERRITORY: it has no script subtag, and Facebook
    # lists only sr_RS for Serbian, so both Serbian readings say sr_RS.
    open_graph_locale: str


READING_LANGUAGES = (
    ReadingLanguage("en", "en", "en", "Eng", "English", "en_GB"),
    ReadingLanguage("sr-latn", "sr", "sr-Latn", "Lat.", "Srpski (latinica)", "sr_RS"),
    ReadingLanguage("sr", "sr", "sr-Cyrl", "Ћир.", "Српски (ћирилица)", "sr_RS"),
)
BY_CODE = {language.code: language for language in READING_LANGUAGES}
LATIN_CODE = "sr-latn"
# The languages content is written in (Wagtail's locales), in order.
CONTENT_LOCALES = tuple(
    dict.fromkeys(language.content_locale for language in READING_LANGUAGES)
)
# (code, name) of each reading language, by code: settings.LANGUAGES and the
# choices of a reader's language (subscriptions, inquiries).
LANGUAGE_CHOICES = [
    (language.code, language.name)
    for language in sorted(READING_LANGUAGES, key=lambda language: language.code)
]


def reading_language(code):
    """Return the ReadingLanguage for a Django language code (English if unknown)."""
    return BY_CODE.get((code or "").lower(), BY_CODE["en"])


def address_in_reading_language(url, code):
    """``url`` of a page (a path or an absolute URL, under its content
    locale's prefix) as a reader of ``code`` finds it: /sr/… becomes
    /sr-latn/… for the Latin reader; any other URL is returned unchanged."""
    language = reading_language(code)
    written, read = f"/{language.content_locale}/", f"/{language.code}/"
    parts = urlsplit(url)
    if written == read or not parts.path.startswith(written):
        return url
    return urlunsplit(parts._replace(path=read + parts.path.removeprefix(written)))


def choose_from_accept_language(header):
    """Pick the reading language for an Accept-Language header.

    Serbian in Latin (sr-Latn, sr-Latn-RS) goes to the Latin site, any other
    Serbian (sr, sr-RS, sr-Cyrl) to the Cyrillic one, anything else to English.
    Preferences are honoured in q-value order.
    """
    preferences = []
    for position, item in enumerate((header or "").split(",")):
        tag, _, params = item.strip().partition(";")
        tag = tag.strip().lower()
        if not tag:
            continue
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        if quality > 0:
            preferences.append((-quality, position, tag))
    for _quality, _position, tag in sorted(preferences):
        subtags = tag.split("-")
        if subtags[0] == "sr":
            return "sr-latn" if "latn" in subtags[1:] else "sr"
        if subtags[0] == "en":
            return "en"
    return "en"
