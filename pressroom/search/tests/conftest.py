"""Fixtures for the search tests: calling the search API."""

import pytest


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


@pytest.fixture(autouse=True)
def _fresh_names_register():
    """Each test starts with the aliases of its own register (names.py keeps
    them per process, and a test's rollback does not reach that copy)."""
    from pressroom.search import names

    names._loaded.clear()
    yield
    names._loaded.clear()
