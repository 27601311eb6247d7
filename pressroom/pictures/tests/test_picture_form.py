"""Editors give alternative text in both languages, or mark a picture decorative."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from pressroom.editorial import roles
from pressroom.testing import make_picture

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    """A member of Editors, who may upload and change pictures."""
    user = get_user_model().objects.create_user(
        username="picture-editor", password="x", is_staff=True
    )
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    client.force_login(user)
    return client


def edit(client, picture, **fields):
    data = {
        "title": picture.title,
        "collection": picture.collection_id,
        "tags": "",
        "alt_text_en": "",
        "alt_text_sr": "",
        **fields,
    }
    return client.post(reverse("wagtailimages:edit", args=[picture.pk]), data)


def test_a_picture_without_alt_text_is_refused(editor):
    picture = make_picture()
    response = edit(editor, picture, alt_text_en="A boat")

    assert response.status_code == 200
    form = response.context["form"]
    assert "alt_text_sr" in form.errors
    assert "alt_text_en" not in form.errors
    picture.refresh_from_db()
    assert picture.alt_text_en == ""


def test_a_picture_with_alt_text_in_both_languages_is_saved(editor):
    picture = make_picture()
    response = edit(editor, picture, alt_text_en="A boat", alt_text_sr="Чамац")

    assert response.status_code == 302
    picture.refresh_from_db()
    assert picture.alt_text_sr == "Чамац"


def test_a_decorative_picture_needs_no_alt_text(editor):
    picture = make_picture()
    response = edit(editor, picture, is_decorative="on")

    assert response.status_code == 302
    picture.refresh_from_db()
    assert picture.is_decorative
    assert picture.alt_text() == ""
