"""Preview a page in every reading language it is read in, before publishing.

English pages have one preview; Serbian pages two, Cyrillic (the default)
and Latin. A preview renders with its reading language active, as the live
site does for that language's URL prefix. Wagtail runs every preview request
through the whole middleware chain, so the Latin preview is converted by
``serbian.middleware.LatinScriptMiddleware`` itself, the one place Latin is
made: the preview only tells it which reading language the request is in.
"""

from django.conf import settings
from django.utils import translation

from pressroom.rendercache.reuse import computed_afresh

from .reading import READING_LANGUAGES


def reading_languages_of(content_locale):
    """The reading languages of a content locale, its own script first."""
    languages = [
        language
        for language in READING_LANGUAGES
        if language.content_locale == content_locale
    ]
    return sorted(languages, key=lambda language: language.code != content_locale)


class ReadingLanguagePreviews:
    """Page mixin: one Wagtail preview mode per reading language of the page."""

    # True on the page object a preview renders (a draft, maybe unsaved).
    is_previewed = False

    @property
    def preview_modes(self):
        names = dict(settings.LANGUAGES)
        # A page being created has no locale yet: it will get its parent's.
        locale = self.locale if self.locale_id else self.get_default_locale()
        return [
            (language.code, names[language.code])
            for language in reading_languages_of(locale.language_code)
        ]

    def serve_preview(self, request, mode_name):
        modes = [code for code, _label in self.preview_modes]
        # Wagtail passes the ?mode= of the preview URL unchecked; a mode this
        # page does not have (say, Latin for an English page) gets the default.
        language = mode_name if mode_name in modes else modes[0]
        # The Latin middleware converts by request.LANGUAGE_CODE; URLs and
        # interface strings follow the active language.
        request.LANGUAGE_CODE = language
        # The draft's relations may be unsaved: the page reads them from
        # itself, not from the database (``is_previewed``).
        self.is_previewed = True
        # Nothing a live render kept is reused: the draft may differ.
        with translation.override(language), computed_afresh():
            response = super().serve_preview(request, language)
            if hasattr(response, "render"):
                response.render()
        return response
