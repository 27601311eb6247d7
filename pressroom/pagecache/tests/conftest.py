"""The page cache is off in the other apps' tests; here it is on."""

import pytest


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """Turn the page cache on, with production's lifetimes."""
    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60
    settings.PAGE_CACHE_SEARCH_SECONDS = 60
