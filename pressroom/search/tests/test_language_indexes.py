"""PostgreSQL reads each language's matches from that language's own index."""

from django.db import connection

import pytest

from pressroom.languages.reading import CONTENT_LOCALES
from pressroom.search import language_indexes
from pressroom.search.query import SearchRequest, _postgresql_first
from pressroom.testing import make_article, make_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite's FTS5 rowid range is the language")


def index_names():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'search_searchentry'"
        )
        return {row[0] for row in cursor.fetchall()}


def test_every_content_language_has_its_own_index(postgresql):
    names = index_names()
    assert {language_indexes.index_name(code) for code in CONTENT_LOCALES} <= names
    # The index of every entry is gone: each search asks for one language.
    assert "search_entry_document" not in names


def test_a_language_without_its_index_gets_one_after_migrate(postgresql):
    # As when a language is added to the site: post_migrate makes its index.
    name = language_indexes.index_name("sr")
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX {name}")
    assert name not in index_names()

    assert language_indexes.create_missing(connection) == [name]

    assert name in index_names()
    assert language_indexes.create_missing(connection) == []


@pytest.mark.parametrize("reading", ["en", "sr", "sr-latn"])
def test_a_search_can_read_its_language_index(postgresql, reading):
    # The language is written into the query, so that even a prepared
    # statement's generic plan can use the partial index.
    article = make_article(title="Harbour exercise")
    make_translation(article, title="Вежба у луци")
    request = SearchRequest.from_params({"q": "exercise вежба"}, reading)
    sql, params = _postgresql_first(request, 10, 0, 10_001)
    language = request.content_language
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert language_indexes.index_name(language) in plan
    others = set(CONTENT_LOCALES) - {language}
    assert not any(language_indexes.index_name(code) in plan for code in others)


def test_only_the_sites_content_languages_are_written_into_sql():
    assert language_indexes.in_language("sr") == "language = 'sr'"
    for code in ["de", "sr'; DROP TABLE search_searchentry; --", "EN", ""]:
        with pytest.raises(ValueError, match="not a content language"):
            language_indexes.in_language(code)
