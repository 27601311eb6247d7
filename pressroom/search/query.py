"""Answering a reader's search: validate, analyse, match, rank, page, show.

The query goes through the same analysis as the index
(:func:`pressroom.serbian.search_terms.query_terms`), so it reaches the
database as a list of plain terms that must all occur in a page. The terms are
never spliced into SQL: on SQLite each is a quoted FTS5 string passed as a
parameter, on PostgreSQL they go to ``plainto_tsquery('simple', …)``.

Ranking: bm25 on SQLite (title weighted 10, lead 4, body 1), ts_rank_cd on
PostgreSQL (weights A 1.0, B 0.4, C 0.2); the newer page wins a tie. One
query returns a page of entries with the total (a window count), however many
results there are.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db import connection
from django.utils.translation import gettext_lazy as _

from pressroom.languages.reading import BY_CODE, LATIN_CODE
from pressroom.news.models import ArticleKind
from pressroom.serbian.script import to_latin
from pressroom.serbian.search_terms import query_terms

from .models import SearchEntry
from .snippets import snippet

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 500  # characters read from the query; the rest is ignored
MAX_PAGE = 100  # nobody reads past a thousand results
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
    terms: list[str] = field(default_factory=list)

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
    total: int
    results: list[Result]

    @property
    def page_count(self):
        return max(1, -(-self.total // RESULTS_PER_PAGE))

    @property
    def has_previous(self):
        return self.search.page > 1

    @property
    def has_next(self):
        return self.search.page < self.page_count


def search(request):
    """Run a SearchRequest and return its ResultPage (one query, usually)."""
    if not request.terms:
        return ResultPage(request, 0, [])
    if connection.vendor == "postgresql":
        sql, params = _postgresql_query(request)
    else:
        sql, params = _sqlite_query(request)
    offset = (request.page - 1) * RESULTS_PER_PAGE
    entries = list(SearchEntry.objects.raw(sql, [*params, RESULTS_PER_PAGE, offset]))
    if entries:
        total = entries[0].total
    elif request.page > 1:
        # Past the last page the window count went with the rows: ask for the
        # first row only, to tell the reader how many there are.
        first = list(SearchEntry.objects.raw(sql, [*params, 1, 0]))
        total = first[0].total if first else 0
    else:
        total = 0
    return ResultPage(request, total, [_result(entry, request) for entry in entries])


def _columns(table):
    """The entry's columns, qualified, for a raw query returning entries."""
    return ", ".join(
        f"{table}.{field.column}" for field in SearchEntry._meta.concrete_fields
    )


def _filters(request, as_date):
    """SQL conditions and parameters for the language, kind and year filters."""
    conditions, params = ["language = %s"], [request.content_language]
    if request.kind:
        conditions.append("kind = %s")
        params.append("" if request.kind == PAGE_KIND else request.kind)
    if request.year:
        conditions.append("date >= %s AND date < %s")
        params += [
            as_date(date(request.year, 1, 1)),
            as_date(date(request.year + 1, 1, 1)),
        ]
    return " AND ".join(conditions), params


def _sqlite_query(request):
    # FTS5 first, and only what its index answers: the MATCH and bm25() need
    # the doclists and column sizes, never the content. Reading an UNINDEXED
    # column (language, kind, date) of an external-content table makes FTS5
    # fetch the whole entry row, long term columns included, for every match;
    # the filters read the entry row's first columns instead (no overflow
    # pages). MATERIALIZED keeps SQLite from driving the plan from the entry
    # table and running the MATCH once per candidate. Then the page is ranked,
    # counted (window) and cut, and only its ids are joined to the entries.
    # Each term is an FTS5 string: quoted, its quotes doubled.
    match = " ".join('"' + term.replace('"', '""') + '"' for term in request.terms)
    conditions, params = _filters(request, date.isoformat)  # ISO text in SQLite
    sql = f"""
        WITH matched AS MATERIALIZED (
            SELECT rowid AS id, bm25(search_entry_fts, 10.0, 4.0, 1.0) AS score
            FROM search_entry_fts
            WHERE search_entry_fts MATCH %s
        )
        SELECT {_columns("entry")}, hit.total FROM (
            SELECT matched.id, matched.score, candidate.date,
                count(*) OVER () AS total
            FROM matched CROSS JOIN search_searchentry AS candidate
                ON candidate.id = matched.id
            WHERE {conditions}
            ORDER BY matched.score, candidate.date DESC, matched.id DESC
            LIMIT %s OFFSET %s
        ) AS hit
        JOIN search_searchentry AS entry ON entry.id = hit.id
        ORDER BY hit.score, hit.date DESC, hit.id DESC
    """  # noqa: S608 (only fixed SQL is formatted in; values are parameters)
    return sql, [match, *params]


def _postgresql_query(request):
    # As on SQLite, only the ranked page of ids is joined to the entries, so
    # the long text columns of other matches are never sorted. plainto_tsquery
    # ANDs the terms and reads no operators; weights are {D, C, B, A}: body
    # 0.2, lead 0.4, title 1.0.
    conditions, params = _filters(request, lambda day: day)
    sql = f"""
        SELECT {_columns("entry")}, hit.total FROM (
            SELECT id, date, count(*) OVER () AS total,
                ts_rank_cd('{{0.1, 0.2, 0.4, 1.0}}', document, query) AS score
            FROM search_searchentry, plainto_tsquery('simple', %s) AS query
            WHERE document @@ query AND {conditions}
            ORDER BY score DESC, date DESC, id DESC
            LIMIT %s OFFSET %s
        ) AS hit
        JOIN search_searchentry AS entry ON entry.id = hit.id
        ORDER BY hit.score DESC, hit.date DESC, hit.id DESC
    """  # noqa: S608 (only fixed SQL is formatted in; values are parameters)
    return sql, [" ".join(request.terms), *params]


def _result(entry, request):
    latin = request.language == LATIN_CODE
    text = snippet(entry.text, request.terms, entry.language)
    url = entry.url
    if latin and url.startswith("/sr/"):
        url = "/sr-latn/" + url.removeprefix("/sr/")
    return Result(
        title=to_latin(entry.title) if latin else entry.title,
        url=url,
        date=entry.date,
        kind=entry.kind or PAGE_KIND,
        language=request.language,
        snippet=to_latin(text) if latin else text,
    )
