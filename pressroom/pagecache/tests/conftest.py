"""The page cache is off in the other apps' tests; here it is on."""

import pytest

from pressroom.news.models import ArticlePage


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """Turn the page cache on, with production's lifetimes, for the test
    client's host as the site's address."""
    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60
    settings.PAGE_CACHE_SEARCH_SECONDS = 60
    settings.SITE_URL = "http://testserver"


@pytest.fixture
def article():
    """The demo's article about the exercise, in English."""
    return ArticlePage.objects.live().get(
        locale__language_code="en", slug="drina-shield-opens"
    )
