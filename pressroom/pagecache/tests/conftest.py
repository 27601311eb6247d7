"""The page cache is off in the other apps' tests; here it is on."""

from datetime import date

import pytest

from pressroom.testing import latest_news, make_article, make_translation


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """Turn the page cache on, with production's lifetimes, for the test
    client's host as the site's address."""
    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60
    settings.PAGE_CACHE_SEARCH_SECONDS = 60
    settings.SITE_URL = "http://testserver"


@pytest.fixture
def article(db):
    """An English article in the latest news, with its Serbian translation."""
    article = make_article(
        parent=latest_news("en"), title="Joint exercise opens", day=date(2026, 5, 4)
    )
    make_translation(article, title="Почела заједничка вежба")
    return article
