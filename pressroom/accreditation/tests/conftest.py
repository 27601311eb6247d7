"""Fixtures for accreditation: a private folder for press cards, the desk."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from pressroom.inquiries.access import DESK_GROUP
from pressroom.inquiries.tests.factories import log_in


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.INQUIRY_ATTACHMENT_ROOT = tmp_path / "private"


@pytest.fixture
def desk_client(client, db):
    """A member of the Media desk, signed in with both steps."""
    user = get_user_model().objects.create_user(username="desk", password="x")
    user.groups.add(Group.objects.get(name=DESK_GROUP))
    return log_in(client, user)
