"""``Content-Language`` from the content, not from the reader's browser.

Django's ``LocaleMiddleware`` sends the active language code when a response
names none: under /sr/ that is "sr" where the page says ``lang="sr-Cyrl"``,
and outside the language prefixes it is whatever Accept-Language asked for.
Under a reading language's prefix this sends that language's BCP 47 tag, as
``<html lang>`` does; views outside the prefixes (the APIs, the sitemap)
name their own content's languages.
"""

from .reading import READING_LANGUAGES

PREFIXES = tuple((f"/{language.code}/", language) for language in READING_LANGUAGES)


def prefix_language(path):
    """The reading language whose prefix ``path`` starts with, or None."""
    for prefix, language in PREFIXES:
        if path.startswith(prefix):
            return language
    return None


class ContentLanguageMiddleware:
    """Send the BCP 47 tag of the path's reading language (sr-Cyrl, sr-Latn, en).

    Placed inside ``LocaleMiddleware`` (after it in MIDDLEWARE), so that its
    default does not replace the tag; the Latin middleware, inside this one,
    sends sr-Latn itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = prefix_language(request.path_info)
        if language is not None and not response.has_header("Content-Language"):
            response["Content-Language"] = language.html_lang
        return response
