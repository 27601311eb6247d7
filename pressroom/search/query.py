"""Answering a reader's search: validate, analyse, match, rank, page, show.

The query goes through the same analysis as the index
(:func:`pressroom.serbian.search_terms.query_terms`), so it reaches the
database as a list of plain terms that must all occur in a page. The terms are
never spliced into SQL: on SQLite each is a quoted FTS5 string passed as a
parameter, on PostgreSQL they go to ``plainto_tsquery('simple', …)``.

Ranking is the same on both databases (``_relevance``): the matches with
every term in the title first, then those with the exact phrase, then by
where the terms are (title, lead), then the newer page; whole numbers, so
SQLite and PostgreSQL give the same order. Only the
newest RANKING_WINDOW matches are ranked, the ones a reader can page to, so
the work of a query is bounded however common its words are: an office's
readers who type a word found in thousands of articles want the recent ones.
The total counts the matches exactly up to EXACT_TOTAL_LIMIT and then stops,
as Elasticsearch does (``track_total_hits``): a reader is told "more than
10,000 results", and counting a word found in 40,000 articles on
PostgreSQL costs about half of what it did. SQLite answers with one query.
PostgreSQL does too for most searches: the count, the language's span of
keys and a page, from every match when there are at most READ_ALL_BELOW
windows of them (or a year filter), from the newest year's (or two years')
when the count stopped at the limit and they fill the window. Otherwise a second
query reads the years ``ordering.recent_years`` guesses from the count, and
a third all years when those hold too few. A try that holds too few ranks
nothing, so it costs only the rows of its matches. PostgreSQL ranks each
match's tsvector from ``search_entry_ranking`` (migration 0005), a copy
stored in the row, not from the entry's TOAST storage.
"""

import dataclasses
import math
from dataclasses import dataclass, field
from datetime import date

from django.db import connection
from django.utils.translation import gettext_lazy as _

from pressroom.languages.reading import BY_CODE, LATIN_CODE, address_in_reading_language
from pressroom.news.models import ArticleKind
from pressroom.serbian.script import to_latin
from pressroom.serbian.search_terms import query_phrase, query_terms

from .language_indexes import in_language
from .models import SearchEntry
from .ordering import READ_ALL_BELOW, key_day, order_key_range, recent_years
from .snippets import snippet
from .suggest import suggestion

RESULTS_PER_PAGE = 10
# The score of a match: each query term in its title, in its lead (_relevance).
TITLE_WEIGHT = 10
LEAD_WEIGHT = 4
MAX_QUERY_LENGTH = 500  # characters read from the query; the rest is ignored
MAX_PAGE = 100  # nobody reads past a thousand results
# At most this many matches, the newest, are ranked by relevance: the pages a
# reader can reach. The total still counts every match (up to the limit below).
RANKING_WINDOW = MAX_PAGE * RESULTS_PER_PAGE
# The matches are counted up to this many; a query with more has this as its
# total, marked as a lower bound. At least RANKING_WINDOW, so that the pages
# a reader can reach are known.
EXACT_TOTAL_LIMIT = 10 * RANKING_WINDOW
# When no page has every word (_fallback_search), the newest this many
# matches of each word are read to find the pages with most of them: as
# many as are ranked when a page has every word.
FALLBACK_READ = RANKING_WINDOW
# reading language → the language its content is written and indexed in
CONTENT_LANGUAGE = {code: language.content_locale for code, language in BY_CODE.items()}
PAGE_KIND = "page"  # the kind shown for content pages, which have none
KIND_LABELS = {**dict(ArticleKind.choices), PAGE_KIND: _("Page")}


class InvalidSearch(ValueError):
    """A parameter a reader (or a script) sent that cannot be answered."""


@dataclass(frozen=True)
class SearchRequest:
    """A validated search: what to look for, in which language, which page."""

    text: str
    language: str  # reading language: en, sr or sr-latn
    kind: str = ""
    year: int | None = None
    page: int = 1
    terms: list[str] = field(default_factory=list)  # stop words left out
    phrase: list[str] = field(default_factory=list)  # every word, in order

    @property
    def content_language(self):
        return CONTENT_LANGUAGE[self.language]

    @classmethod
    def from_params(cls, params, language):
        """Read q, kind, year and page; raise InvalidSearch with a message."""
        if language not in CONTENT_LANGUAGE:
            raise InvalidSearch(_("Unknown language."))
        text = _clean(params.get("q", ""))[:MAX_QUERY_LENGTH]
        kind = params.get("kind", "")
        if kind and kind not in ArticleKind.values and kind != PAGE_KIND:
            raise InvalidSearch(_("Unknown kind of content."))
        year = _positive_number(params.get("year", ""), _("The year is not valid."))
        if year is not None and not 1900 <= year <= 2999:
            raise InvalidSearch(_("The year is not valid."))
        page = _positive_number(params.get("page", ""), _("The page is not valid."))
        if page is not None and page > MAX_PAGE:
            raise InvalidSearch(_("The page is not valid."))
        return cls(
            text=text,
            language=language,
            kind=kind,
            year=year,
            page=page or 1,
            terms=query_terms(text, CONTENT_LANGUAGE[language]),
            phrase=query_phrase(text, CONTENT_LANGUAGE[language]),
        )


def _clean(text):
    """Drop control characters (a reader never means them) and trim."""
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()


def _positive_number(value, message):
    value = value.strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()) or len(value) > 6:
        raise InvalidSearch(message)
    if int(value) < 1:
        raise InvalidSearch(message)
    return int(value)


@dataclass(frozen=True)
class Result:
    """One found page as a reader sees it, in the reader's script."""

    title: str
    url: str
    date: date
    kind: str
    language: str
    snippet: str  # safe HTML: escaped text with <mark>ed matches

    @property
    def kind_label(self):
        return KIND_LABELS.get(self.kind, "")


@dataclass(frozen=True)
class ResultPage:
    """One page of results and what is needed to page through the rest."""

    search: SearchRequest
    total: int  # every match, or EXACT_TOTAL_LIMIT when there are more
    results: list[Result]
    total_is_lower_bound: bool = False  # more than ``total`` matched
    # No page has every word: these have most of them (see _fallback_query).
    partial: bool = False
    suggestion: str = ""  # a near spelling to try when nothing is found

    @property
    def is_windowed(self):
        """True when more matched than were ranked (see RANKING_WINDOW)."""
        return self.total > RANKING_WINDOW

    @property
    def ranked_count(self):
        return min(self.total, RANKING_WINDOW)

    @property
    def page_count(self):
        return max(1, -(-self.ranked_count // RESULTS_PER_PAGE))

    @property
    def has_previous(self):
        return self.search.page > 1

    @property
    def has_next(self):
        return self.search.page < self.page_count


def search(request):
    """Run a SearchRequest and return its ResultPage."""
    if not request.terms:
        return ResultPage(request, 0, [])
    run = _postgresql_search if connection.vendor == "postgresql" else _sqlite_search
    offset = (request.page - 1) * RESULTS_PER_PAGE
    # Counting one match past the limit tells whether there are more.
    counted, entries = run(request, RESULTS_PER_PAGE, offset, EXACT_TOTAL_LIMIT + 1)
    partial = False
    if not counted and len(request.terms) > 1:
        # Only now, when no page has every word: the fallback reads the
        # matches of each word, which costs more than the search above.
        counted, entries = _fallback_search(request, RESULTS_PER_PAGE, offset)
        partial = bool(counted)
    return ResultPage(
        request,
        min(counted, EXACT_TOTAL_LIMIT),
        [_result(entry, request) for entry in entries],
        total_is_lower_bound=counted > EXACT_TOTAL_LIMIT,
        partial=partial,
        suggestion="" if counted else _found_suggestion(request),
    )


def _found_suggestion(request):
    """A near spelling of a query that found nothing, if searching for it
    finds pages (see suggest.py); else ""."""

    def found(term):
        alone = dataclasses.replace(request, page=1, terms=[term], phrase=[term])
        return _any_match(alone)

    text = suggestion(request.text, request.content_language, found)
    if not text:
        return ""
    language = request.content_language
    other = dataclasses.replace(
        request,
        text=text,
        page=1,
        terms=query_terms(text, language),
        phrase=query_phrase(text, language),
    )
    if _any_match(other):
        return text
    if len(other.terms) > 1 and _fallback_search(other, 1, 0)[0]:
        return text
    return ""


def _any_match(request):
    """Whether a page in the request's language, kind and year has every
    term: the first match the full-text index gives, unranked. (A search
    ranks and counts; on PostgreSQL it read every match of a common word,
    which made a suggestion cost several searches.)"""
    if connection.vendor == "postgresql":
        match = _postgresql_match(request)
        sql = f"SELECT 1 FROM search_searchentry WHERE {match} LIMIT 1"  # noqa: S608
        params = {
            "terms": " ".join(request.terms),
            "filter": _postgresql_filter(request),
        }
    else:
        sql = (
            "SELECT 1 FROM search_entry_fts"
            " WHERE search_entry_fts MATCH %s AND rowid BETWEEN %s AND %s LIMIT 1"
        )
        match = " ".join(_fts_string(term) for term in request.terms)
        params = [match + _fts_kind(request), *_key_range(request)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone() is not None


def _columns(table):
    """The entry's columns, qualified, for a raw query returning entries."""
    return ", ".join(
        f"{table}.{field.column}" for field in SearchEntry._meta.concrete_fields
    )


def _key_range(request):
    """The order keys of the request's language and year (see ordering.order_key)."""
    if request.year:
        return order_key_range(
            request.content_language,
            date(request.year, 1, 1),
            date(request.year, 12, 31),
        )
    return order_key_range(request.content_language)


def _fts_string(term):
    """An FTS5 string: quoted, its quotes doubled (terms have none anyway)."""
    return '"' + term.replace('"', '""') + '"'


def _fts_kind(request):
    # A known kind: letters and _, matched as the one token of the kind column.
    return f' AND "kind_{request.kind}"' if request.kind else ""


def _has_phrase(request):
    """A query of two words or more, whose phrase ranks a page first."""
    return len(request.phrase) > 1


def _relevance(in_title, in_lead, phrase, request):
    """The tier and score of a match, the same SQL on both databases, from
    how many query terms are in its title (``in_title``) and lead
    (``in_lead``) and whether it has the query's phrase (``phrase``, 0 or 1).

    Matches are ordered by tier (2 with every term in the title, plus 1 with
    the exact phrase), then score (TITLE_WEIGHT for each term in the title,
    LEAD_WEIGHT for each in the lead: every match has every term, so one only
    in the body adds nothing), then key (the newer page). Whole numbers, so
    SQLite and PostgreSQL order the same matches in the same order.
    """
    count = len(request.terms)
    return (
        f"CASE WHEN {in_title} = {count:d} THEN 2 ELSE 0 END + {phrase} AS tier,"
        f" {TITLE_WEIGHT:d} * {in_title} + {LEAD_WEIGHT:d} * {in_lead} AS score"
    )


def _sqlite_query(request, limit, offset, count_limit):
    # Everything that selects entries is in the FTS5 MATCH and its rowid
    # range: the reader's terms, the kind as its one token in the kind column
    # (which no analysed term can match), and the language and year as the
    # range of order keys, which are the rowids. FTS5 reads the range
    # backwards and stops after RANKING_WINDOW matches; the count reads the
    # doclists and nothing else, and stops at count_limit matches.
    # MATERIALIZED keeps SQLite from driving the plan from the entry table.
    # The relevance (see _relevance) is one FTS5 lookup for each term in the
    # title and in the lead, and one for the phrase, over the span of keys
    # the window covers only.
    match = " ".join(_fts_string(term) for term in request.terms)
    match += _fts_kind(request)
    condition = "search_entry_fts MATCH %s AND rowid BETWEEN %s AND %s"
    lookup = (
        "(key IN (SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s"
        " AND rowid BETWEEN (SELECT min(key) FROM candidate) AND %s))"
    )
    low, high = _key_range(request)
    looked_up = []

    def lookups(matches):
        looked_up.extend(
            value for text in matches for value in (text + _fts_kind(request), high)
        )
        return " + ".join([lookup] * len(matches)) or "0"

    in_title = lookups([f"title_terms : {_fts_string(term)}" for term in request.terms])
    in_lead = lookups([f"lead_terms : {_fts_string(term)}" for term in request.terms])
    phrases = [_fts_string(" ".join(request.phrase))] if _has_phrase(request) else []
    phrase = lookups(phrases)
    sql = f"""
        WITH candidate AS MATERIALIZED (
            SELECT rowid AS key FROM search_entry_fts
            WHERE {condition}
            ORDER BY rowid DESC
            LIMIT %s
        ), found AS MATERIALIZED (
            SELECT key, {in_title} AS in_title, {in_lead} AS in_lead,
                {phrase} AS phrase
            FROM candidate
        ), ranked AS MATERIALIZED (
            SELECT key, {_relevance("in_title", "in_lead", "phrase", request)}
            FROM found
        )
        SELECT {_columns("entry")}, counted.total FROM (
            SELECT key, tier, score FROM ranked
            ORDER BY tier DESC, score DESC, key DESC
            LIMIT %s OFFSET %s
        ) AS hit
        JOIN search_searchentry AS entry ON entry.order_key = hit.key
        CROSS JOIN (
            SELECT count(*) AS total FROM (
                SELECT 1 FROM search_entry_fts WHERE {condition} LIMIT %s
            )
        ) AS counted
        ORDER BY hit.tier DESC, hit.score DESC, hit.key DESC
    """  # noqa: S608 (only fixed SQL is formatted in; values are parameters)
    selection = [match, low, high]
    return sql, [
        *selection,
        RANKING_WINDOW,
        *looked_up,
        limit,
        offset,
        *selection,
        count_limit,
    ]


def _sqlite_search(request, limit, offset, count_limit):
    """The matches counted up to count_limit and a page of entries: one query
    (two past the last page)."""
    query = _sqlite_query(request, limit, offset, count_limit)
    entries = list(SearchEntry.objects.raw(*query))
    total = entries[0].total if entries else 0
    if not entries and request.page > 1:
        # Past the last page the count went with the rows: count again.
        count_query = _sqlite_query(request, 1, 0, count_limit)
        first = list(SearchEntry.objects.raw(*count_query))
        total = first[0].total if first else 0
    return total, entries


def _postgresql_search(request, limit, offset, count_limit):
    """The matches counted up to count_limit and a page of entries: one query;
    one or two more for a word of more than READ_ALL_BELOW windows of
    matches when its newest two years, if tried, hold fewer than the window."""
    read_all = _read_all_limit(request, count_limit)
    with connection.cursor() as cursor:
        cursor.execute(*_postgresql_first(request, limit, offset, count_limit))
        rows = cursor.fetchall()
    total, oldest, newest = rows[0][:3]
    entries = _entries(row[3:] for row in rows if row[3] is not None)
    if entries or total <= read_all:
        return total, entries
    # Any page of a full window has entries, so none means the newest two
    # years (if tried) held too few: the recent years guessed from the count
    # next, then all years.
    newest_day = key_day(newest)
    tried = range(newest_day.year - 1, newest_day.year + 1)
    years = recent_years(total, key_day(oldest), newest_day, RANKING_WINDOW)
    if years and (total < count_limit or years.start < tried.start):
        page = _postgresql_page(request, years, limit, offset, full=True)
        entries = _fetch_entries(page)
        if entries:
            return total, entries
    return total, _fetch_entries(_postgresql_page(request, None, limit, offset))


def _read_all_limit(request, count_limit):
    """Up to how many matches every year is read at once: all of them with a
    year filter, else READ_ALL_BELOW windows (see ordering.recent_years)."""
    return count_limit if request.year else READ_ALL_BELOW * RANKING_WINDOW


def _entries(rows):
    """SearchEntry objects from rows of the entry's columns (see _columns)."""
    names = [field.attname for field in SearchEntry._meta.concrete_fields]
    return [SearchEntry.from_db(connection.alias, names, row) for row in rows]


def _fetch_entries(query):
    with connection.cursor() as cursor:
        cursor.execute(*query)
        return _entries(cursor.fetchall())


def _postgresql_filter(request, years=None):
    """The tsquery of the filters other than the language, or "": tokens of
    each entry's document (migration 0004), from known values only: a kind,
    years."""
    tokens = []
    if request.kind:
        tokens.append(f"'kind_{request.kind}'")
    if request.year:
        tokens.append(f"'year_{request.year}'")
    elif years:
        tokens.append("(" + " | ".join(f"'year_{year}'" for year in years) + ")")
    return " & ".join(tokens)


def _postgresql_tsquery(request, years=None, terms="%(terms)s", filters="%(filter)s"):
    """The SQL of the tsquery of ``terms``, a placeholder for the reader's
    terms: plainto_tsquery ANDs them and reads no operators. When there are
    filters (a kind, a year, ``years``), the placeholder ``filters`` of
    their tokens (_postgresql_filter) is ANDed to them, so that the GIN
    index alone selects the matches."""
    query = f"plainto_tsquery('simple', {terms})"
    if _postgresql_filter(request, years):
        return f"({query} && {filters}::tsquery)"
    return query


def _postgresql_filter_values(request):
    """The value of the ``filters`` placeholder, if the SQL has one."""
    filters = _postgresql_filter(request)
    return [filters] if filters else []


def _postgresql_match(request, years=None, terms="%(terms)s", filters="%(filter)s"):
    """The SQL condition of the entries of the request's language that match
    (see _postgresql_tsquery), read from the language's GIN index."""
    tsquery = _postgresql_tsquery(request, years, terms, filters)
    return f"{in_language(request.content_language)} AND document @@ {tsquery}"


def _once(expression):
    """An expression of the parameters, computed once for the query (an
    InitPlan), for a test of many rows. Once psycopg has prepared a
    statement, PostgreSQL may run it with a generic plan, which otherwise
    calls a function of a parameter (``to_tsquery``) again for every row: a
    sixth of a common word's search went to parsing the same tsquery. Not
    for a condition that chooses rows: the planner cannot see its value, so
    it would guess how many rows match (it chose to read a whole table
    instead of the newest entries)."""
    return f"(SELECT {expression})"


_PHRASE = _once("phraseto_tsquery('simple', %(phrase)s)")


def _ranked(gate, request):
    """The hit of a query: the page of the newest RANKING_WINDOW keys of
    ``matched``, ranked if ``gate`` holds."""
    # Only the newest RANKING_WINDOW are ranked, each with its tsvector read
    # from search_entry_ranking (migration 0005), where it is stored in the
    # row: from the entry's TOAST storage it costs three times as much.
    # The relevance is that of SQLite (_relevance): a term in the title is
    # one with weight A, in the lead weight B.
    in_title = " + ".join(
        f"(document @@ {query})::integer"
        for query in (
            _once(f"to_tsquery('simple', %(title_{number})s)")
            for number in range(len(request.terms))
        )
    )
    in_lead = in_title.replace("%(title_", "%(lead_")
    return f"""
        candidate AS MATERIALIZED (
            SELECT order_key FROM matched ORDER BY order_key DESC LIMIT %(window)s
        ), scored AS MATERIALIZED (
            SELECT order_key AS key, (
                SELECT document FROM search_entry_ranking AS ranking
                WHERE ranking.order_key = candidate.order_key
            ) AS document
            FROM candidate
            WHERE {gate}
        ), found AS MATERIALIZED (
            SELECT key, {in_title} AS in_title, {in_lead} AS in_lead,
            (%(has_phrase)s AND document @@ {_PHRASE})
            ::integer AS phrase
            FROM scored
        ), hit AS (
            SELECT key, {_relevance("in_title", "in_lead", "phrase", request)}
            FROM found
            ORDER BY tier DESC, score DESC, key DESC
            LIMIT %(limit)s OFFSET %(offset)s
        )
    """  # noqa: S608 (only fixed SQL is formatted in; values are parameters)


def _postgresql_tiers(request):
    """The parameters of the relevance (see _ranked): terms are letters and
    digits, so ``term:A`` is no tsquery syntax but the weight."""
    return {
        **{f"title_{number}": f"{term}:A" for number, term in enumerate(request.terms)},
        **{f"lead_{number}": f"{term}:B" for number, term in enumerate(request.terms)},
        "has_phrase": _has_phrase(request),
        "phrase": " ".join(request.phrase),
    }


def _postgresql_first(request, limit, offset, count_limit):
    # The count reads only the GIN index and the visibility of each match's
    # row, up to count_limit rows. The oldest and newest keys of the language
    # (two ends of a B-tree) tell recent_years the span of years, for the
    # next query if one is needed. In the same query, a page: from every
    # match when there are few (see _read_all_limit), or, when the count
    # stopped at its limit, from the newest year's matches if they fill the
    # window (a word this common often does: "cooperation" has 2,400 in its
    # newest year), else from those of the newest two years if they do
    # ("Belgrade", 13,900 matches: 800 and 900); else no page. Each part
    # runs only when its condition on
    # the count holds (a one-time filter), and the keys of the matches are
    # read once; MATERIALIZED keeps the planner from walking the key index
    # backwards and testing each entry's tsvector, which is slow for rare
    # words. The total comes with every row, and alone when there is none.
    hit = _ranked(
        "(SELECT total FROM counted) <= %(read_all)s"
        " OR (SELECT count(*) FROM matched) >= %(window)s",
        request,
    )
    match = _postgresql_match(request)
    language = in_language(request.content_language)
    tsquery = _postgresql_tsquery(request)
    sql = f"""
        WITH counted AS MATERIALIZED (
            SELECT count(*) AS total FROM (
                SELECT FROM search_searchentry WHERE {match}
                LIMIT %(count_limit)s
            ) AS counted
        ), span AS MATERIALIZED (
            SELECT
                (SELECT min(order_key) FROM search_searchentry
                    WHERE order_key BETWEEN %(low)s AND %(high)s) AS oldest,
                (SELECT max(order_key) FROM search_searchentry
                    WHERE order_key BETWEEN %(low)s AND %(high)s) AS newest
        ), newest_year AS MATERIALIZED (
            SELECT order_key FROM search_searchentry
            WHERE {language} AND document @@ ({tsquery} && ('year_' || (
                SELECT extract(year FROM date)::integer FROM search_searchentry
                WHERE order_key = (SELECT newest FROM span)
            ))::tsquery)
            AND (SELECT total FROM counted) >= %(stopped)s
        ), year_before AS MATERIALIZED (
            SELECT order_key FROM search_searchentry
            WHERE {language} AND document @@ ({tsquery} && ('year_' || (
                SELECT extract(year FROM date)::integer - 1 FROM search_searchentry
                WHERE order_key = (SELECT newest FROM span)
            ))::tsquery)
            AND (SELECT total FROM counted) >= %(stopped)s
            AND (SELECT count(*) FROM newest_year) < %(window)s
        ), matched AS MATERIALIZED (
            SELECT order_key FROM search_searchentry
            WHERE {match}
            AND (SELECT total FROM counted) BETWEEN 1 AND %(read_all)s
          UNION ALL
            SELECT order_key FROM newest_year
          UNION ALL
            SELECT order_key FROM year_before
        ), {hit}
        SELECT counted.total, span.oldest, span.newest, {_columns("entry")}
        FROM counted CROSS JOIN span LEFT JOIN (
            hit JOIN search_searchentry AS entry ON entry.order_key = hit.key
        ) ON true
        ORDER BY hit.tier DESC, hit.score DESC, hit.key DESC
    """  # noqa: S608 (only fixed SQL is formatted in; values are parameters)
    read_all = _read_all_limit(request, count_limit)
    low, high = order_key_range(request.content_language)
    return sql, {
        "terms": " ".join(request.terms),
        "filter": _postgresql_filter(request),
        "count_limit": count_limit,
        "low": low,
        "high": high,
        "read_all": read_all,
        # The newest years when the count stopped, and only beyond read_all
        # (so never with a year filter).
        "stopped": max(count_limit, read_all + 1),
        "window": RANKING_WINDOW,
        "limit": limit,
        "offset": offset,
        **_postgresql_tiers(request),
    }


def _postgresql_page(request, years, limit, offset, full=False):
    # The same selection and window as on SQLite, from the matches in the
    # given years only, if any. ``full``: rank only if they hold a full
    # window of matches (else nothing is ranked and no entries are returned).
    hit = _ranked("(SELECT count(*) FROM matched) >= %(needed)s", request)
    match = _postgresql_match(request, years)
    sql = f"""
        WITH matched AS MATERIALIZED (
            SELECT order_key FROM search_searchentry WHERE {match}
        ), {hit}
        SELECT {_columns("entry")}
        FROM hit JOIN search_searchentry AS entry ON entry.order_key = hit.key
        ORDER BY hit.tier DESC, hit.score DESC, hit.key DESC
    """  # noqa: S608 (only fixed SQL is formatted in; values are parameters)
    return sql, {
        "terms": " ".join(request.terms),
        "filter": _postgresql_filter(request, years),
        "window": RANKING_WINDOW,
        "needed": RANKING_WINDOW if full else 0,
        "limit": limit,
        "offset": offset,
        **_postgresql_tiers(request),
    }


def _fallback_search(request, limit, offset):
    """When no page has every word: the pages with most of them.

    A page must hold at least half of the query's terms (rounded up: one of
    two, two of three or four). Pages are ranked by how many terms they hold,
    then by how many of those are in the title, then by how rare they are
    (the sum of each term's 1 + ln(limit / matches)), then newest first.
    Each term's matches are counted up to EXACT_TOTAL_LIMIT (for its
    rarity), and its newest FALLBACK_READ are read, in the language, year
    and kind, so the cost is bounded; the same on both databases, which
    return the same pages in the same order. Two queries: the matches of
    each term are counted, then ranked.
    """
    terms = request.terms
    postgresql = connection.vendor == "postgresql"
    low, high = _key_range(request)
    if postgresql:
        # Counted from the GIN index, in no order: ordered by key, the planner
        # walks the key index backwards testing each entry's tsvector, which
        # took seconds for a word found nowhere.
        match = _postgresql_match(request, terms="%s", filters="%s")
        each = f"SELECT order_key AS key FROM search_searchentry WHERE {match} LIMIT %s"  # noqa: S608 (fixed SQL)
        params = [
            [term, *_postgresql_filter_values(request), EXACT_TOTAL_LIMIT]
            for term in terms
        ]
    else:
        each = (
            "SELECT rowid AS key FROM search_entry_fts"
            " WHERE search_entry_fts MATCH %s AND rowid BETWEEN %s AND %s"
            " ORDER BY rowid DESC LIMIT %s"
        )
        params = [
            [_fts_string(term) + _fts_kind(request), low, high, EXACT_TOTAL_LIMIT]
            for term in terms
        ]
        in_title = each
        title_params = [
            [
                "title_terms : " + _fts_string(term) + _fts_kind(request),
                low,
                high,
                EXACT_TOTAL_LIMIT,
            ]
            for term in terms
        ]
    # Each count reads its term's matches as they come, keeping none.
    counts = ", ".join(
        f"(SELECT count(*) FROM ({each}) AS t{number})"  # noqa: S608 (fixed SQL)
        for number in range(len(terms))
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {counts}",  # noqa: S608 (fixed SQL only)
            [value for term_params in params for value in term_params],
        )
        found = cursor.fetchone()
    present = [number for number, count in enumerate(found) if count]
    needed = -(-len(terms) // 2)
    if len(present) < needed:
        return 0, []
    # Rarer terms weigh more; the weights are parameters, rounded so that
    # both databases add the same numbers.
    weights = {
        number: round(math.log(EXACT_TOTAL_LIMIT / found[number]) + 1, 6)
        for number in present
    }
    if postgresql:
        matches, union, values = _postgresql_fallback_reads(
            request, present, found, weights
        )
    else:
        matches = ",\n".join(
            f"t{number} AS MATERIALIZED ({each}),"
            f" u{number} AS MATERIALIZED ({in_title})"
            for number in present
        )
        union = " UNION ALL ".join(
            f"SELECT key, %s AS weight, CASE WHEN key IN (SELECT key FROM u{number})"  # noqa: S608
            f" THEN 1 ELSE 0 END AS titled FROM t{number}"
            for number in present
        )
        # Each term's newest FALLBACK_READ matches (and title matches) only.
        values = [
            value
            for number in present
            for value in [*params[number][:-1], FALLBACK_READ]
            + [*title_params[number][:-1], FALLBACK_READ]
        ]
        values += [weights[number] for number in present]
    sql = f"""
        WITH {matches}, matched AS MATERIALIZED (
            SELECT key, count(*) AS hits, sum(titled) AS titled,
                sum(weight) AS weight
            FROM ({union}) AS found
            GROUP BY key
            HAVING count(*) >= %s
        ), counted AS MATERIALIZED (
            SELECT count(*) AS total FROM matched
        ), hit AS MATERIALIZED (
            SELECT key, hits, titled, weight FROM matched
            ORDER BY hits DESC, titled DESC, weight DESC, key DESC
            LIMIT %s OFFSET %s
        )
        SELECT counted.total, {_columns("entry")}
        FROM counted LEFT JOIN (
            hit JOIN search_searchentry AS entry ON entry.order_key = hit.key
        ) ON 1 = 1
        ORDER BY hit.hits DESC, hit.titled DESC, hit.weight DESC, hit.key DESC
    """  # noqa: S608 (only fixed SQL is formatted in; values are parameters)
    values += [needed, min(limit, RANKING_WINDOW), offset]
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        rows = cursor.fetchall()
    total = min(rows[0][0], RANKING_WINDOW * 10) if rows else 0
    return total, _entries(row[1:] for row in rows if row[1] is not None)


def _postgresql_fallback_reads(request, present, found, weights):
    """The CTEs, the UNION ALL and their parameters of _fallback_search on
    PostgreSQL: each present term's newest FALLBACK_READ matches, with
    whether the term is in the title (weight A of the ranking copy).

    A word with fewer than EXACT_TOTAL_LIMIT matches is read from the GIN
    index and its keys sorted (``+ 0`` keeps the planner from the key index);
    a word with more, found in a fifth of the language's entries or more, by
    walking the keys backwards in search_entry_ranking, whose tsvectors are
    in the row, until FALLBACK_READ are found (the GIN index would read
    every one of its tens of thousands of matches).
    """
    filters = _postgresql_filter_values(request)
    low, high = _key_range(request)
    # The language's GIN index; the walk's keys are the language's already.
    matched = _postgresql_match(request, terms="%s", filters="%s")
    walked = "document @@ " + _postgresql_tsquery(request, terms="%s", filters="%s")
    titled = "@@ " + _once("to_tsquery('simple', %s)") + " AS titled"
    matches, values = [], []
    for number in present:
        term = request.terms[number]
        if found[number] < EXACT_TOTAL_LIMIT:
            matches.append(
                f"t{number} AS MATERIALIZED (SELECT key, ("  # noqa: S608 (fixed SQL)
                "SELECT document FROM search_entry_ranking AS ranking"
                " WHERE ranking.order_key = newest.key"
                f") {titled} FROM ("
                f"SELECT order_key AS key FROM search_searchentry WHERE {matched}"
                " ORDER BY order_key + 0 DESC LIMIT %s) AS newest)"
            )
            values += [f"{term}:A", term, *filters, FALLBACK_READ]
        else:
            matches.append(
                f"t{number} AS MATERIALIZED (SELECT order_key AS key,"  # noqa: S608
                f" document {titled}"
                " FROM search_entry_ranking"
                f" WHERE order_key BETWEEN %s AND %s AND {walked}"
                " ORDER BY order_key DESC LIMIT %s)"
            )
            values += [f"{term}:A", low, high, term, *filters, FALLBACK_READ]
    union = " UNION ALL ".join(
        f"SELECT key, %s AS weight, titled::integer AS titled FROM t{number}"  # noqa: S608
        for number in present
    )
    values += [weights[number] for number in present]
    return ",\n".join(matches), union, values


def _result(entry, request):
    latin = request.language == LATIN_CODE
    text = snippet(entry.text, request.terms, entry.language)
    url = address_in_reading_language(entry.url, request.language)
    return Result(
        title=to_latin(entry.title) if latin else entry.title,
        url=url,
        date=entry.date,
        kind=entry.kind or PAGE_KIND,
        language=request.language,
        snippet=to_latin(text) if latin else text,
    )
