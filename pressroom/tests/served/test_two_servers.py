"""Two application servers on one PostgreSQL database and one Redis: a change
made through one shows through the other on the next request."""

import pytest

from .conftest import (
    Reader,
    change_page,
    drop_postgres_database,
    postgres_database_url,
    start_site,
    stop_site,
)

pytestmark = pytest.mark.served


@pytest.fixture
def database():
    found = postgres_database_url(migrated=True)
    if found is None:
        pytest.skip("runs on PostgreSQL (CI's second pass)")
    url, name = found
    yield url
    drop_postgres_database(name)


def test_a_change_through_one_server_shows_through_the_other(database, redis_server):
    env = {"DATABASE_URL": database, "REDIS_URL": redis_server.url}
    first = start_site(env)
    second = start_site(env)  # migrates nothing, loads nothing twice
    try:
        through_first, through_second = Reader(first), Reader(second)
        newsroom = first.pages["newsroom"]["en"]
        article = first.pages["article-news"]["en"]
        for reader in (through_first, through_second):
            reader.get(newsroom)
            assert reader.get(newsroom)[1]["X-Page-Cache"] == "hit"

        change_page(
            first,
            article,
            "page.title = 'Renamed through the first server'",
            "page.save_revision().publish()",
        )

        status, headers, text = through_second.get(newsroom)
        assert "Renamed through the first server" in text
        assert headers["X-Page-Cache"] == "miss"
    finally:
        stop_site(first)
        stop_site(second)
