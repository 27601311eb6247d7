"""PostgreSQL: a copy of each entry's tsvector kept in the row, for ranking.

The entry table keeps its rows narrow (0003): its ``document`` lives out of
line in TOAST storage, and fetching it from there costs about 6 µs a value,
which is most of ranking a common word's 1,000 newest matches.
``search_entry_ranking`` holds the same tsvector for each order key, stored
in the row (``STORAGE MAIN``: moved out of line only when the row would not
fit a page), so ranking reads it from one table page. Triggers keep it in
step with every insert, update and delete of an entry. Counting and finding
the matches still read only the entry table and its GIN index.

SQLite ranks inside FTS5 and needs none of this.
"""

from django.db import migrations

FORWARD = [
    """
    CREATE TABLE search_entry_ranking (
        order_key bigint PRIMARY KEY,
        document tsvector NOT NULL
    )
    """,
    "ALTER TABLE search_entry_ranking ALTER COLUMN document SET STORAGE MAIN",
    """
    CREATE FUNCTION search_entry_ranking_follow() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            DELETE FROM search_entry_ranking WHERE order_key = OLD.order_key;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO search_entry_ranking (order_key, document)
            VALUES (NEW.order_key, NEW.document)
            ON CONFLICT (order_key) DO UPDATE SET document = EXCLUDED.document;
        END IF;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER search_entry_ranking_follow
    AFTER INSERT OR UPDATE OR DELETE ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_entry_ranking_follow()
    """,
    # In key order: the newest entries of a language, which are the ones
    # ranked, sit together.
    """
    INSERT INTO search_entry_ranking (order_key, document)
    SELECT order_key, document FROM search_searchentry ORDER BY order_key
    """,
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS search_entry_ranking_follow ON search_searchentry",
    "DROP FUNCTION IF EXISTS search_entry_ranking_follow()",
    "DROP TABLE IF EXISTS search_entry_ranking",
]


def on_postgresql(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0004_filter_tokens")]

    operations = [
        migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD))
    ]
