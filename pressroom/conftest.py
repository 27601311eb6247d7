"""Test fixtures shared by every app: the demo site, loaded once per test run."""

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once into the test database; tests roll back on top."""
    from pressroom.demo.loader import load_demo

    with django_db_blocker.unblock():
        load_demo()


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache.

    Nothing a test stored (a page, a rate-limit count, Wagtail's site root
    paths) may answer another, whose database was rolled back.
    """
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def serbian(db):
    """The Serbian content locale."""
    return Locale.objects.get(language_code="sr")


@pytest.fixture
def english(db):
    """The English content locale."""
    return Locale.objects.get(language_code="en")


def url_in_reading_language(page, language):
    """The URL of ``page`` as a reader of ``language`` (en, sr, sr-latn) finds it."""
    with translation.override(language):
        return page.get_url()


@pytest.fixture
def reading_url():
    """Return a function giving a page's URL in a reading language."""
    return url_in_reading_language
