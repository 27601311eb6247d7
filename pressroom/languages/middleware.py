"""The reading language in HTTP: unprefixed addresses and Content-Language.

Django's ``LocaleMiddleware`` answers a 404 on ``/newsroom/`` by redirecting
to the same path below the reader's language prefix (from the cookie or
Accept-Language). Wagtail claims every path below a prefix, so Django counts
``/sr/newsroom/`` as valid; but the Serbian newsroom's slug is Serbian, and
the reader landed on a 404. Here such a path is first looked up as a page of
each content language (the reader's first): the reader goes to that page's
translation in their language, or to the page itself where it has none
readers may see. Paths that are no page are left to Django.

Django's ``LocaleMiddleware`` sends the active language code when a response
names none: under /sr/ that is "sr" where the page says ``lang="sr-Cyrl"``,
and outside the language prefixes it is whatever Accept-Language asked for.
Under a reading language's prefix this sends that language's BCP 47 tag, as
``<html lang>`` does; views outside the prefixes (the APIs, the sitemap)
name their own content's languages.
"""

from django.http import Http404
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

from wagtail.models import Locale, Site

from pressroom.visibility.rules import is_visible

from .reading import CONTENT_LOCALES, READING_LANGUAGES, reading_language


def _page_at(request, site, path, content_locale):
    """The page at ``path`` below the home page of ``content_locale``, or None."""
    components = [component for component in path.split("/") if component]
    if not components:
        return None
    with translation.override(content_locale):
        try:
            page, _args, _kwargs = site.root_page.localized.specific.route(
                request, components
            )
        except Http404:
            return None
    if page.locale.language_code != content_locale or not is_visible(page):
        return None
    return page


def unprefixed_page_url(request, language_code):
    """Where the unprefixed ``request.path_info`` leads a reader of
    ``language_code``: the URL of the page it names in that language (or, if
    not translated, in its own), or None when it names no page."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    wanted = reading_language(language_code)
    others = [code for code in CONTENT_LOCALES if code != wanted.content_locale]
    for content_locale in (wanted.content_locale, *others):
        page = _page_at(request, site, request.path_info, content_locale)
        if page is None:
            continue
        code = wanted.code
        if content_locale != wanted.content_locale:
            code = content_locale
            locale = Locale.objects.filter(language_code=wanted.content_locale).first()
            translated = locale and page.get_translation_or_none(locale)
            if translated is not None and is_visible(translated):
                page, code = translated, wanted.code
        with translation.override(code):
            url = page.get_url(request)
        if url:
            query = request.META.get("QUERY_STRING", "")
            return f"{url}?{query}" if query else url
    return None


class ReadingLanguageLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, sending unprefixed page paths to the page
    in the reader's language (see the module's docstring)."""

    def process_response(self, request, response):
        if (
            response.status_code == 404
            and not translation.get_language_from_path(request.path_info)
            and request.method in ("GET", "HEAD")
        ):
            url = unprefixed_page_url(request, translation.get_language())
            if url:
                redirect = self.response_redirect_class(url)
                patch_vary_headers(redirect, ("Accept-Language", "Cookie"))
                return redirect
        return super().process_response(request, response)


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
