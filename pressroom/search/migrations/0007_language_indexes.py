"""PostgreSQL: a GIN index for each content language instead of one for all.

The per-language indexes are made by ``language_indexes.create_missing``,
which ``post_migrate`` runs after this migration (and after every later
``migrate``, for a language added to the site), from the site's list of
languages. Backwards, the index of all entries comes back.
"""

from django.db import migrations

INDEX_OF_ALL = "search_entry_document"
INDEX_PREFIX = "search_entry_document_"  # language_indexes.INDEX_PREFIX


def drop_index_of_all(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_OF_ALL}")


def restore_index_of_all(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX_OF_ALL}"
        " ON search_searchentry USING gin (document)"
    )
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
            " AND tablename = 'search_searchentry' AND indexname LIKE %s",
            [INDEX_PREFIX.replace("_", r"\_") + "%"],
        )
        names = [row[0] for row in cursor.fetchall()]
    for name in names:
        schema_editor.execute(f"DROP INDEX {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0006_vocabulary")]

    operations = [migrations.RunPython(drop_index_of_all, restore_index_of_all)]
