"""Entries ordered by language, date and page: the key the full-text index reads.

Each entry gets ``order_key`` (see ``ordering.order_key``). On SQLite the FTS5
table is made again with that key as its rowid, so that a language, a span
of dates and "newest first" are a range of rowids read backwards; its
``kind`` column becomes indexed as one token (``kind_speech``; ``kind_page``
for a page without a kind; "_" is a token character, and analysed terms never
have one), so that a kind filter is part of the MATCH and a reader's word can
never match a kind. The triggers and the first fill write the kind the same
way, since an external-content FTS5 table must be
told exactly what it indexed when a row goes. On PostgreSQL the unique index
on the key, and narrow rows (long values in TOAST storage), are all it takes.
"""

from importlib import import_module

from django.db import migrations, models

from pressroom.search.ordering import order_key

# Going back restores the FTS5 table of 0002.
SQLITE_CREATE_PREVIOUS_FTS = import_module(
    "pressroom.search.migrations.0002_full_text_index"
).SQLITE_FORWARD

SQLITE_DROP_FTS = [
    "DROP TRIGGER IF EXISTS search_entry_fts_update",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TRIGGER IF EXISTS search_entry_fts_insert",
    "DROP TABLE IF EXISTS search_entry_fts",
]

COLUMNS = "title_terms, lead_terms, body_terms, kind"
# One token a reader's terms can never be (they have no "_"): kind_news,
# kind_press_release, and kind_page for a page without a kind.
KIND = "'kind_' || coalesce(nullif({row}.kind, ''), 'page')"


def _values(row):
    return (
        f"{row}.order_key, {row}.title_terms, {row}.lead_terms, {row}.body_terms, "
        + KIND.format(row=row)
    )


SQLITE_CREATE_FTS = [
    f"""
    CREATE VIRTUAL TABLE search_entry_fts USING fts5(
        {COLUMNS},
        content='search_searchentry', content_rowid='order_key',
        tokenize="unicode61 remove_diacritics 0 tokenchars '_'"
    )
    """,
    f"""
    CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(rowid, {COLUMNS}) VALUES ({_values("new")});
    END
    """,
    f"""
    CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, {COLUMNS})
        VALUES ('delete', {_values("old")});
    END
    """,
    f"""
    CREATE TRIGGER search_entry_fts_update AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, {COLUMNS})
        VALUES ('delete', {_values("old")});
        INSERT INTO search_entry_fts(rowid, {COLUMNS}) VALUES ({_values("new")});
    END
    """,
    f"""
    INSERT INTO search_entry_fts(rowid, {COLUMNS})
    SELECT {_values("entry")} FROM search_searchentry AS entry
    """,
]


# PostgreSQL: long values (text, terms, the tsvector) move out of the row into
# TOAST storage, which leaves a narrow row: finding the newest thousands of
# matches then reads a few pages of the table instead of hundreds of MB.
POSTGRESQL_NARROW_ROWS = [
    "ALTER TABLE search_searchentry SET (toast_tuple_target = 128)"
]
POSTGRESQL_WIDE_ROWS = ["ALTER TABLE search_searchentry RESET (toast_tuple_target)"]


def on(vendor, statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == vendor:
            for statement in statements:
                schema_editor.execute(statement)

    return operation


def fill_order_keys(apps, schema_editor):
    SearchEntry = apps.get_model("search", "SearchEntry")
    entries = list(SearchEntry.objects.only("language", "date", "page_id"))
    for entry in entries:
        entry.order_key = order_key(entry.language, entry.date, entry.page_id)
    SearchEntry.objects.bulk_update(entries, ["order_key"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text_index")]

    operations = [
        # SQLite remakes the entry table below, which would drop the triggers.
        migrations.RunPython(
            on("sqlite", SQLITE_DROP_FTS), on("sqlite", SQLITE_CREATE_PREVIOUS_FTS)
        ),
        # Before the keys are filled in, which writes every row again.
        migrations.RunPython(
            on("postgresql", POSTGRESQL_NARROW_ROWS),
            on("postgresql", POSTGRESQL_WIDE_ROWS),
        ),
        migrations.RemoveIndex(
            model_name="searchentry", name="search_sear_languag_49643d_idx"
        ),
        migrations.AddField(
            model_name="searchentry",
            name="order_key",
            field=models.BigIntegerField(null=True),
        ),
        migrations.RunPython(fill_order_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="searchentry",
            name="order_key",
            field=models.BigIntegerField(unique=True),
        ),
        migrations.RunPython(
            on("sqlite", SQLITE_CREATE_FTS), on("sqlite", SQLITE_DROP_FTS)
        ),
    ]
