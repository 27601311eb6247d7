"""The index's vocabulary, for "did you mean" (``suggest.py``): every term once.

SQLite: an ``fts5vocab`` table over ``search_entry_fts``, which reads the
terms from the full-text index itself and needs no upkeep.

PostgreSQL: ``search_term``, one row per term (in "C" collation, so that a
prefix is a range of its primary key), filled by a trigger on every insert
and update of an entry. A term whose last page goes stays in the table:
``suggest.py`` offers a spelling only when searching for it finds pages.
"""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE search_entry_vocab USING fts5vocab(search_entry_fts, 'row')"
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS search_entry_vocab"]

POSTGRESQL_FORWARD = [
    'CREATE TABLE search_term (term text COLLATE "C" PRIMARY KEY)',
    """
    CREATE FUNCTION search_term_follow() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO search_term (term)
        SELECT DISTINCT word FROM unnest(string_to_array(
            NEW.title_terms || ' ' || NEW.lead_terms || ' ' || NEW.body_terms, ' '
        )) AS word
        WHERE word <> ''
        ON CONFLICT (term) DO NOTHING;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER search_term_follow
    AFTER INSERT OR UPDATE OF title_terms, lead_terms, body_terms
    ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_term_follow()
    """,
    """
    INSERT INTO search_term (term)
    SELECT DISTINCT word FROM search_searchentry, unnest(string_to_array(
        title_terms || ' ' || lead_terms || ' ' || body_terms, ' '
    )) AS word
    WHERE word <> ''
    """,
]
POSTGRESQL_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_term_follow ON search_searchentry",
    "DROP FUNCTION IF EXISTS search_term_follow()",
    "DROP TABLE IF EXISTS search_term",
]


def on(vendor, statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == vendor:
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0005_ranking_documents")]

    operations = [
        migrations.RunPython(on("sqlite", SQLITE_FORWARD), on("sqlite", SQLITE_BACKWARD)),
        migrations.RunPython(
            on("postgresql", POSTGRESQL_FORWARD), on("postgresql", POSTGRESQL_BACKWARD)
        ),
    ]
