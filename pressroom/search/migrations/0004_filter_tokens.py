"""PostgreSQL: the filters become tokens of the tsvector, answered by its GIN index.

Each entry's ``document`` also holds, without positions, a token for its
language (``lang_sr``), its year (``year_2026``) and its kind (``kind_speech``,
``kind_page`` for a page without one). A reader's terms never have a "_", so
no word can match one. With them, the GIN index alone selects the matches of
a query in a language, year and kind, so that counting them never reads
another column of the row, and the newest matches of a common word can be
read from its most recent years first (see ``query.py``). The ranking is
unchanged: it reads the positions of the reader's terms only.

SQLite needs none of this: its FTS5 rowid is the order key, and its kind
column already holds the kind token (0003).
"""

from importlib import import_module

from django.db import migrations

PREVIOUS = import_module("pressroom.search.migrations.0002_full_text_index")

DROP_DOCUMENT = PREVIOUS.POSTGRESQL_BACKWARD

TERMS = """
    setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
    || setweight(to_tsvector('simple'::regconfig, lead_terms), 'B')
    || setweight(to_tsvector('simple'::regconfig, body_terms), 'C')
"""
FILTER_TOKENS = """
    array_to_tsvector(ARRAY[
        'lang_' || language,
        'year_' || extract(year FROM date)::integer::text,
        'kind_' || coalesce(nullif(kind, ''), 'page')
    ])
"""
ADD_DOCUMENT_WITH_TOKENS = [
    f"""
    ALTER TABLE search_searchentry ADD COLUMN document tsvector
    GENERATED ALWAYS AS ({TERMS} || {FILTER_TOKENS}) STORED
    """,
    "CREATE INDEX search_entry_document ON search_searchentry USING gin (document)",
]


def on_postgresql(*groups):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statements in groups:
                for statement in statements:
                    schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0003_order_key")]

    operations = [
        migrations.RunPython(
            on_postgresql(DROP_DOCUMENT, ADD_DOCUMENT_WITH_TOKENS),
            on_postgresql(DROP_DOCUMENT, PREVIOUS.POSTGRESQL_FORWARD),
        )
    ]
