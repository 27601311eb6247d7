"""The order of entries in the full-text index: language, then date, then page.

Pure Python. An entry's key packs the three into one integer, so that "this
language, these dates, newest first" is a range of keys read backwards, which
both full-text indexes (the FTS5 rowid, a B-tree on PostgreSQL) answer without
looking at other entries.
"""

from datetime import date

INDEXED_LANGUAGES = {"en": 1, "sr": 2}  # content locale → its block of keys
_PAGE_BITS = 24  # page ids below 16.7 million
_DAY_BITS = 21  # day numbers (date.toordinal) up to the year 5741


def order_key(language, day, page_id):
    """The entry's place in the index order."""
    if not 0 <= page_id < 1 << _PAGE_BITS:
        raise ValueError(f"page id {page_id} is outside the search index's range")
    block = INDEXED_LANGUAGES.get(language, 0)
    return ((block << _DAY_BITS | day.toordinal()) << _PAGE_BITS) | page_id


def order_key_range(language, first_day=date.min, last_day=date.max):
    """The lowest and highest key of a language's entries between two days."""
    return (
        order_key(language, first_day, 0),
        order_key(language, last_day, (1 << _PAGE_BITS) - 1),
    )
