"""With Redis down, pages are still served from the database; caching resumes."""

import pytest

from .conftest import Reader, start_site, stop_site

# Its site runs on SQLite, whatever the suite's database (docs/testing.md).
pytestmark = [pytest.mark.served, pytest.mark.own_site]


def test_pages_are_served_while_redis_is_down_and_cached_again_after(redis_server):
    site = start_site({"REDIS_URL": redis_server.url})
    try:
        reader = Reader(site)
        article = site.pages["article-news"]["en"]
        reader.get(article)
        assert reader.get(article)[1]["X-Page-Cache"] == "hit"

        redis_server.stop()
        for path in (article, site.pages["newsroom"]["sr-latn"], "/en/search/?q=nato"):
            status, headers, text = reader.get(path)
            assert status == 200, path
            assert headers["X-Page-Cache"] == "miss"
        assert reader.get("/admin/login/")[0] == 200
        assert "Cache unavailable" in site.log(last=200_000)

        redis_server.start()
        reader.get(article)
        assert reader.get(article)[1]["X-Page-Cache"] == "hit"
    finally:
        stop_site(site)
