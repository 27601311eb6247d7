"""schemathesis runs all its checks against /api/openapi.json: the public
APIs accept what their document allows, refuse with a status it lists what
it does not, and answer as its schemas say (docs/syndication.md).

Each operation gets the examples, coverage and a bounded number of
generated requests, derandomized so that a run is repeatable.
"""

from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

import hypothesis
import pytest
import schemathesis

from pressroom.syndication.api import openapi_description
from pressroom.testing import make_article

pytestmark = pytest.mark.django_db

# The document as /api/openapi.json serves it (test_api.py compares them);
# requests go to the WSGI application in this process.
schema = schemathesis.openapi.from_dict(openapi_description())
schema.app = get_wsgi_application()


@pytest.fixture(autouse=True)
def content(db, settings):
    make_article(title="Drina Shield exercise", kind="press_release")
    make_article(language_code="sr", title="Вежба Дрински штит")
    # Searches are answered, not refused for the rate (a 429 is documented,
    # and would hide the rest).
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 10_000
    # As Django's test client does: the test's transaction holds the data,
    # so no request may close the connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@hypothesis.settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    # A loaded CI machine is slow; that is no failure of the API.
    suppress_health_check=[hypothesis.HealthCheck.too_slow],
)
def test_the_apis_answer_as_their_document_says(case):
    case.call_and_validate()
