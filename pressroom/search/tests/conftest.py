"""Fixtures for the search tests: a fresh rate-limit count for every test."""

from django.core.cache import cache

import pytest


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """Searches of one test never count against another's limit."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api(client):
    """Return a function calling /api/search and giving (status, JSON body)."""

    def call(q, lang="en", **params):
        response = client.get("/api/search", {"q": q, "lang": lang, **params})
        return response.status_code, response.json()

    return call


@pytest.fixture
def found_titles(api):
    """Return a function giving the titles found for a query, best first."""

    def titles(q, lang="en", **params):
        status, body = api(q, lang, **params)
        assert status == 200, body
        return [result["title"] for result in body["results"]]

    return titles
