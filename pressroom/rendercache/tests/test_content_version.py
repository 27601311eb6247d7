"""The content version: advanced by what readers see, in the database."""

from django.contrib.auth import get_user_model

import pytest

from pressroom.rendercache.reuse import changes_batched, current_version
from pressroom.testing import make_article, make_subscriber, restrict

pytestmark = pytest.mark.django_db


def test_a_change_readers_see_advances_it():
    before = current_version()
    make_article(title="A new article")
    after_publish = current_version()
    assert after_publish > before
    restrict(make_article(title="Another"), "login")
    assert current_version() > after_publish


def test_a_change_readers_never_see_leaves_it():
    before = current_version()
    get_user_model().objects.create_user("someone", password="a-long-password-1")
    make_subscriber()
    assert current_version() == before


def test_a_batch_advances_it_once():
    before = current_version()
    with changes_batched():
        for number in range(3):
            make_article(title=f"Batch {number}")
        assert current_version() == before
    assert current_version() == before + 1
