"""Every query of the relevance set finds what relevance_results.json holds.

The file is the ordered list of results of each query of the set
(relevance_set.py) on the demo: each page by its address, which is the same
on every database (ids are not). SQLite and PostgreSQL are both held to this
one file, so they return the same pages in the same order, with the same
total and the same ``partial`` flag.

After a change that is meant to change results, write the file again (on
either database; then run the test on the other) and review the difference:

    SEARCH_WRITE_RELEVANCE_RESULTS=1 python -m pytest \\
        pressroom/search/tests/test_relevance_results.py
"""

import json
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .relevance_set import cases

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

RESULTS_FILE = Path(__file__).with_name("relevance_results.json")


def key(language, query):
    return f"{language}|{query}"


def found(api, query, language):
    """What a reader is shown for a query, pages by address (no host)."""
    status, body = api(query, language)
    assert status == 200, body
    return {
        "total": body["total"],
        "partial": body["partial"],
        "results": [urlsplit(result["url"]).path for result in body["results"]],
    }


@pytest.fixture
def all_results(api, settings):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 0
    return {
        key(language, query): found(api, query, language)
        for _kind, language, query, _title in cases()
    }


def test_every_query_of_the_set_finds_the_recorded_pages_in_order(all_results):
    if os.environ.get("SEARCH_WRITE_RELEVANCE_RESULTS"):
        RESULTS_FILE.write_text(
            json.dumps(all_results, ensure_ascii=False, indent=1) + "\n"
        )
    expected = json.loads(RESULTS_FILE.read_text())
    differ = {
        query: {"expected": expected.get(query), "found": result}
        for query, result in all_results.items()
        if expected.get(query) != result
    }
    assert differ == {}
    assert set(expected) == set(all_results), "the file has queries of another set"
