"""Which URLs show a page, in every reading language.

An article appears on its own URL, on its translations' URLs (their language
switchers and hreflang links point to it), on its ancestors (the home page
and the newsroom indexes list it), on the pages its model names through an
optional ``pages_showing_it()`` method (the articles that recommend it), and
in search results. Each of those has one path per reading language of its
locale: /en/… for English, /sr/… and /sr-latn/… for Serbian.

A change to a page that other pages show everywhere (a home page, a page in
the main navigation, a page with children, whose title is in their
breadcrumbs and whose move changes their URLs) is answered with a full
purge instead: see ``needs_full_purge``.
"""

from django.utils import translation

from wagtail.models import Page

from pressroom.languages.reading import READING_LANGUAGES

from .rules import search_paths


def reading_paths(page):
    """The path of ``page`` in each reading language of its locale."""
    paths = []
    for language in READING_LANGUAGES:
        if language.content_locale != page.locale.language_code:
            continue
        with translation.override(language.code):
            parts = page.get_url_parts()
        if parts is not None:
            paths.append(parts[2])
    return paths


def needs_full_purge(page):
    """True if a change to ``page`` shows on pages it is not related to."""
    return page.depth <= 2 or page.show_in_menus or not page.is_leaf()


def pages_showing(page):
    """The page, its translations, their ancestors and the pages naming them."""
    translations = list(
        Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
    )
    shown = [page, *translations]
    ancestor_paths = {
        shown_page.path[:length]
        for shown_page in shown
        for length in range(2 * Page.steplen, len(shown_page.path), Page.steplen)
    }
    ancestors = Page.objects.filter(path__in=ancestor_paths).select_related("locale")
    naming = [
        other
        for shown_page in shown
        for other in getattr(shown_page.specific, "pages_showing_it", list)()
    ]
    return [*shown, *ancestors, *naming]


def paths_affected_by(page):
    """Every path whose response changes when ``page`` changes."""
    paths = set(search_paths())
    for shown in pages_showing(page):
        paths.update(reading_paths(shown))
    return paths
