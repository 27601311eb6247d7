"""The page cache is off in the other apps' tests; here it is on.

Requests go through the WSGI application as a server calls it (the page
cache's fast path, then Django's handler), not through the test client's
own handler: a hit must be right where production answers it.
"""

from django.test import Client

import pytest

from pressroom.news.models import ArticlePage
from pressroom.pagecache import store

from .wsgi_client import WSGIClient


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """Turn the page cache on, with production's lifetimes."""
    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60
    settings.PAGE_CACHE_SEARCH_SECONDS = 60


@pytest.fixture
def purge_counter_on(settings, tmp_path, monkeypatch):
    """Turn on the host's purge counter: local copies served without a round trip.

    The file is new, so the copies other tests left in this process start
    afresh too.
    """
    settings.PAGE_CACHE_PURGE_COUNTER_FILE = str(tmp_path / "purges")
    monkeypatch.setattr(store, "local_entries", store.LocalEntries())


@pytest.fixture(params=["round trip", "purge counter"])
def hits(request):
    """Run a test with each way of confirming a local copy (see ``store.lookup``)."""
    if request.param == "purge counter":
        request.getfixturevalue("purge_counter_on")
    return request.param


@pytest.fixture
def client():
    """A test client whose requests go through the WSGI fast path."""
    return WSGIClient()


@pytest.fixture
def django_client():
    """Django's own test client: the middleware alone, without the fast path."""
    return Client()


@pytest.fixture
def article():
    """The demo's article about the exercise, in English."""
    return ArticlePage.objects.live().get(
        locale__language_code="en", slug="drina-shield-opens"
    )
