"""Where the current page lives in each reading language.

The header switcher and the ``<link rel="alternate" hreflang>`` tags both come
from :func:`language_alternates`, so they always agree.
"""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page

from pressroom.rendercache.reuse import reused
from pressroom.visibility.rules import visible_pages

from .reading import READING_LANGUAGES, ReadingLanguage

UNTRANSLATED_PARAMETER = "untranslated"


@dataclass(frozen=True)
class Alternate:
    """The current page, or the best substitute, in one reading language."""

    language: ReadingLanguage
    url: str
    exists: bool  # False: the page has no translation; url is that language's home
    current: bool


def language_alternates(request, page=None):
    """List an Alternate for each reading language, in switcher order."""
    active = translation.get_language()
    translations = _translations_by_locale(page, request) if page is not None else None
    alternates = []
    for language in READING_LANGUAGES:
        if translations is None:
            url, exists = translate_url(request.path, language.code), True
        else:
            target = translations.get(language.content_locale)
            if target is not None:
                with translation.override(language.code):
                    url, exists = target.get_url(request), True
            else:
                url = f"/{language.code}/?{UNTRANSLATED_PARAMETER}=1"
                exists = False
        alternates.append(
            Alternate(language, url, exists, current=language.code == active)
        )
    return alternates


# Set by the routing on the page it found (home.models.child_page): whether
# another live page shares its translation key.
TRANSLATED_ELSEWHERE = "translated_elsewhere"


def translated_elsewhere():
    """For ``annotate(**{TRANSLATED_ELSEWHERE: translated_elsewhere()})`` on
    pages: True when another live page has the same translation key."""
    return Exists(
        Page.objects.filter(translation_key=OuterRef("translation_key"), live=True)
        .exclude(pk=OuterRef("pk"))
        .order_by()
    )


def _translations_by_locale(page, request):
    """Map content language code to the live translation of ``page``.

    The page itself always counts, so a preview of a draft still links to
    its own language. A page the routing found with no live translation
    (``TRANSLATED_ELSEWHERE``) reads none.
    """
    if not isinstance(page, Page):
        return {}
    found = []
    if getattr(page, TRANSLATED_ELSEWHERE, True):
        found = reused(
            ("translations", page.translation_key),
            lambda: list(
                visible_pages(
                    Page.objects.filter(translation_key=page.translation_key)
                ).select_related("locale")
            ),
        )
    translations = {}
    for translated in found:
        translations[translated.locale.language_code] = translated
        if translated.locale_id == page.locale_id:
            # The same row: the page, the sharing tags and the rest of the
            # render read page.locale without another query.
            page.locale = translated.locale
    if not Page.locale.is_cached(page):
        locale = locales_by_id().get(page.locale_id)
        if locale is not None:
            page.locale = locale
    translations[page.locale.language_code] = page
    return translations


def locales_by_id():
    """Every locale by id, read once per content version."""
    from wagtail.models import Locale

    return reused(
        "locales", lambda: {locale.pk: locale for locale in Locale.objects.all()}
    )
