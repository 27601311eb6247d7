"""The order of entries in the full-text index: language, then date, then page.

Pure Python. An entry's key packs the three into one integer, so that "this
language, these dates, newest first" is a range of keys read backwards, which
both full-text indexes (the FTS5 rowid, a B-tree on PostgreSQL) answer without
looking at other entries. Where the newest matches of a common word are
likely to be found, :func:`recent_years`, lets PostgreSQL read those years
first.
"""

import math
from datetime import date, timedelta

from pressroom.languages.reading import CONTENT_LOCALES

# content locale → its block of keys
INDEXED_LANGUAGES = {code: block for block, code in enumerate(CONTENT_LOCALES, 1)}
_PAGE_BITS = 24  # page ids below 16.7 million
_DAY_BITS = 21  # day numbers (date.toordinal) up to the year 5741
# recent_years: read every year when there are at most this many times the
# matches wanted; otherwise ask the recent years for this many times as many.
READ_ALL_BELOW = 4
_MARGIN = 1.5


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


def key_day(key):
    """The date an order key was made from."""
    return date.fromordinal(key >> _PAGE_BITS & (1 << _DAY_BITS) - 1)


def recent_years(matches, oldest_day, newest_day, wanted):
    """The newest years likely to hold the newest ``wanted`` of ``matches``
    spread over ``oldest_day``..``newest_day``, or None to read them all.

    A guess from the average number of matches a day, with room to spare:
    the years of the days back from ``newest_day`` that should hold half as
    many again as wanted. Callers check the guess: when the years hold fewer
    than ``wanted`` matches, they read all.

    >>> recent_years(41_000, date(2012, 1, 1), date(2026, 12, 3), 1000)
    range(2026, 2027)
    >>> recent_years(41_000, date(2012, 1, 1), date(2027, 1, 5), 1000)
    range(2026, 2028)
    >>> recent_years(3_000, date(2012, 1, 1), date(2026, 12, 3), 1000) is None
    True
    """
    if matches <= READ_ALL_BELOW * wanted:
        return None
    days = (newest_day - oldest_day).days + 1
    back = math.ceil(_MARGIN * wanted * days / matches)
    if back >= days:
        return None
    first_year = (newest_day - timedelta(days=back - 1)).year
    if first_year <= oldest_day.year:
        return None
    return range(first_year, newest_day.year + 1)
