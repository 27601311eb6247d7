"""A page shown again reads its renditions from the cache and writes nothing."""

from django.core.cache import caches

import pytest

from pressroom.pictures.templatetags import pictures
from pressroom.rendercache.reuse import KeptValues
from pressroom.testing import make_photo_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def rendition_cache_writes(monkeypatch):
    """Record every write to the renditions cache from now on."""
    cache = caches["renditions"]
    writes = []

    def set_many(data, timeout=None, version=None):
        writes.extend(data)
        return []

    def set(key, value, timeout=None, version=None):  # noqa: A001 - cache API
        writes.append(key)

    monkeypatch.setattr(cache, "set_many", set_many)
    monkeypatch.setattr(cache, "set", set)
    return writes


def test_an_article_shown_again_writes_no_rendition(
    client, reading_url, request, monkeypatch
):
    # A photo story: its listing picture, body pictures, cards and sharing image.
    article = make_photo_story()
    url = reading_url(article, "en")
    caches["renditions"].clear()
    # Markup kept by earlier tests may name renditions their rolled-back
    # transactions made: start from none.
    monkeypatch.setattr(pictures, "kept", KeptValues(pictures.KEPT_PICTURES))
    first = client.get(url)
    assert first.status_code == 200

    writes = request.getfixturevalue("rendition_cache_writes")
    # Another process (or this one, once its kept markup is dropped) makes
    # the pictures again: the renditions now come from the cache, and the
    # cache must not be written back with what was just read from it.
    monkeypatch.setattr(pictures, "kept", KeptValues(pictures.KEPT_PICTURES))
    again = client.get(url)

    assert again.status_code == 200
    assert again.content == first.content
    assert writes == []
