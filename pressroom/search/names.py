"""The names register in search: any spelling of a name finds the others.

At indexing, the terms of a field get the terms of the other spellings of
every registered name word they hold (``serbian.names.alias_terms``):
a page saying "Волтерс" is also indexed under "wolters". Queries need
nothing more, so searching costs the same. When the register changes
(``serbian.signals.names_changed``), only the pages holding a changed
spelling, before or after the change, are indexed again.
"""

import time

from django.db import connection

from pressroom.languages.reading import CONTENT_LOCALES
from pressroom.rendercache.reuse import current_version
from pressroom.serbian.models import all_name_spellings
from pressroom.serbian.names import alias_terms
from pressroom.serbian.search_terms import STEMMED_LANGUAGES, index_terms
from pressroom.serbian.signals import names_changed

from .language_indexes import in_language
from .models import SearchEntry

# A change to the register advances the content version (rendercache), as
# every change readers see does: each process reloads its aliases when the
# version moved, whichever process saved the name. It reads the version at
# most once a second (rebuilding the index asks for every field of every
# page), and drops its own copy at once when it saves a name.
CHECK_SECONDS = 1.0
_loaded = {}  # language → (version, aliases, when the version was read)


def _aliases(language):
    cached = _loaded.get(language)
    if cached is not None and time.monotonic() - cached[2] < CHECK_SECONDS:
        return cached[1]
    version = current_version()
    if cached is None or cached[0] != version:
        cached = (version, alias_terms(all_name_spellings(), language), 0)
    _loaded[language] = (cached[0], cached[1], time.monotonic())
    return cached[1]


def field_terms(text, language):
    """index_terms of a field, followed by the other spellings' terms of the
    registered names it holds (once each)."""
    terms = index_terms(text, language)
    aliases = _aliases(language)
    if not aliases or not terms:
        return terms
    extra = {}
    for term in terms.split():
        for alias in aliases.get(term, ()):
            extra.setdefault(alias, None)
    return " ".join([terms, *extra]) if extra else terms


def entries_holding(spellings):
    """The entries whose terms hold a term that differs between ``spellings``
    (the words aliases are made of; "Tod" in "Tod D. Wolters" and "Тод Д.
    Волтерс" folds to one term and changes no page)."""
    terms = set()
    for language in STEMMED_LANGUAGES:
        for term, others in alias_terms([list(spellings)], language).items():
            terms |= {term, *others}
    terms = sorted(terms)
    if not terms:
        return SearchEntry.objects.none()
    if connection.vendor == "postgresql":
        # Each language from its own GIN index (language_indexes).
        sql = " UNION ALL ".join(
            f"SELECT id FROM search_searchentry WHERE {in_language(language)}"  # noqa: S608 (checked code)
            " AND document @@ to_tsquery('simple', %s)"
            for language in CONTENT_LOCALES
        )
        # Terms are letters and digits only (search_fold): no tsquery syntax.
        params = [" | ".join(terms)] * len(CONTENT_LOCALES)
    else:
        sql = (
            "SELECT entry.id FROM search_entry_fts JOIN search_searchentry AS entry"
            " ON entry.order_key = search_entry_fts.rowid"
            " WHERE search_entry_fts MATCH %s"
        )
        params = [" OR ".join('"' + term + '"' for term in terms)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ids = [row[0] for row in cursor.fetchall()]
    return SearchEntry.objects.filter(pk__in=ids)


def names_were_changed(sender, spellings, **kwargs):
    """Re-index the pages that hold any spelling, once the aliases reload."""
    from . import index

    _loaded.clear()
    for entry in entries_holding(spellings).select_related("page"):
        index.index_page(entry.page)


def connect():
    names_changed.connect(names_were_changed, dispatch_uid="pressroom.search.names")
