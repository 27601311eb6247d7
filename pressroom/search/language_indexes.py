"""PostgreSQL: one GIN index of the reader search's tsvectors per content language.

A reader searches one language. Over an index of every entry, the GIN
bitmap of the reader's words had to be intersected with that of the
language's token (``lang_sr``, held by every Serbian entry): a third of the
time of counting a common word's matches. A partial index for each language
(``WHERE language = 'sr'``) holds that language's entries only, so the
reader's words alone select them (migration 0007 drops the index of all).

The languages are those of :mod:`pressroom.languages.reading`. After every
``migrate`` (``post_migrate``), a content language without its index gets
one, so a language added to the site is searchable without a migration of
its own. SQLite needs none of this: its FTS5 rowid range is the language.
"""

import re

from django.db.migrations.recorder import MigrationRecorder

from pressroom.languages.reading import CONTENT_LOCALES

INDEX_PREFIX = "search_entry_document_"
# The migration that replaced the index of all entries with these.
MIGRATION = ("search", "0007_language_indexes")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})*")


def index_name(language):
    """The name of a content language's index: sr → search_entry_document_sr."""
    return INDEX_PREFIX + language.replace("-", "_")


def in_language(language):
    """The SQL condition of a language's entries, its code written out.

    A literal, not a parameter: a prepared statement's generic plan uses a
    partial index only when the condition in its text implies the index's.
    Codes are checked against the site's content languages, and their
    letters need no quoting.
    """
    if language not in CONTENT_LOCALES or not _LANGUAGE_CODE.fullmatch(language):
        raise ValueError(f"{language!r} is not a content language of the site")
    return f"language = '{language}'"


def create_missing(connection, languages=CONTENT_LOCALES):
    """Create the index of each of ``languages`` that has none; return their
    names. Nothing on SQLite, nor before migration 0007 is applied."""
    if connection.vendor != "postgresql":
        return []
    if MIGRATION not in MigrationRecorder(connection).applied_migrations():
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes"
            " WHERE schemaname = current_schema() AND tablename = 'search_searchentry'"
        )
        existing = {row[0] for row in cursor.fetchall()}
        created = []
        for language in languages:
            name = index_name(language)
            if name in existing:
                continue
            cursor.execute(
                f"CREATE INDEX {name} ON search_searchentry"  # noqa: S608 (checked code)
                f" USING gin (document) WHERE {in_language(language)}"
            )
            created.append(name)
    return created


def languages_migrated(sender, using="default", **kwargs):
    """post_migrate: give every content language its index."""
    from django.db import connections

    create_missing(connections[using])
