"""The full-text structure over the analysed terms, one per database.

SQLite: an FTS5 table whose content is the entry table (external content),
kept in step by triggers, so every write through the ORM, including deletes
cascading from a page, reaches it. The language, kind and date columns are
UNINDEXED: filters and the recency tie-break are read inside the FTS5 query.

PostgreSQL: a stored generated tsvector column built with the 'simple'
configuration (the terms are already analysed in Python), title weighted A,
lead B and body C, with a GIN index.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE search_entry_fts USING fts5(
        title_terms, lead_terms, body_terms,
        language UNINDEXED, kind UNINDEXED, date UNINDEXED,
        content='search_searchentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0'
    )
    """,
    """
    CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(
            rowid, title_terms, lead_terms, body_terms, language, kind, date
        ) VALUES (
            new.id, new.title_terms, new.lead_terms, new.body_terms,
            new.language, new.kind, new.date
        );
    END
    """,
    """
    CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(
            search_entry_fts, rowid, title_terms, lead_terms, body_terms,
            language, kind, date
        ) VALUES (
            'delete', old.id, old.title_terms, old.lead_terms, old.body_terms,
            old.language, old.kind, old.date
        );
    END
    """,
    """
    CREATE TRIGGER search_entry_fts_update AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(
            search_entry_fts, rowid, title_terms, lead_terms, body_terms,
            language, kind, date
        ) VALUES (
            'delete', old.id, old.title_terms, old.lead_terms, old.body_terms,
            old.language, old.kind, old.date
        );
        INSERT INTO search_entry_fts(
            rowid, title_terms, lead_terms, body_terms, language, kind, date
        ) VALUES (
            new.id, new.title_terms, new.lead_terms, new.body_terms,
            new.language, new.kind, new.date
        );
    END
    """,
    "INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_entry_fts_update",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TRIGGER IF EXISTS search_entry_fts_insert",
    "DROP TABLE IF EXISTS search_entry_fts",
]

POSTGRESQL_FORWARD = [
    """
    ALTER TABLE search_searchentry ADD COLUMN document tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
        || setweight(to_tsvector('simple'::regconfig, lead_terms), 'B')
        || setweight(to_tsvector('simple'::regconfig, body_terms), 'C')
    ) STORED
    """,
    "CREATE INDEX search_entry_document ON search_searchentry USING gin (document)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_document",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS document",
]

STATEMENTS = {
    "sqlite": (SQLITE_FORWARD, SQLITE_BACKWARD),
    "postgresql": (POSTGRESQL_FORWARD, POSTGRESQL_BACKWARD),
}


def run(direction):
    def operation(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        if vendor not in STATEMENTS:
            raise RuntimeError(f"Reader search supports SQLite and PostgreSQL, not {vendor}")
        for statement in STATEMENTS[vendor][direction]:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(run(0), run(1))]
