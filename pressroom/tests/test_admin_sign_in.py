"""Guessing passwords at the admin sign-in gets the guesser locked out (django-axes)."""

from django.contrib.auth import get_user_model

import pytest

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
ADDRESS = {"REMOTE_ADDR": "203.0.113.7"}


@pytest.fixture
def staff_user():
    return get_user_model().objects.create_user(
        "urednica", "urednica@example.org", "correct horse battery", is_staff=True
    )


def sign_in(client, password, username="urednica", address=ADDRESS):
    return client.post(LOGIN, {"username": username, "password": password}, **address)


def test_five_wrong_passwords_lock_out_even_the_right_one(client, staff_user):
    for _ in range(5):
        response = sign_in(client, "wrong")
        assert response.status_code in (200, 429)

    response = sign_in(client, "correct horse battery")

    assert response.status_code == 429
    assert b"Too many failed sign-ins" in response.content
    assert "_auth_user_id" not in client.session


def test_the_lockout_is_for_that_user_from_that_address(client, staff_user):
    for _ in range(5):
        sign_in(client, "wrong")

    response = sign_in(
        client, "correct horse battery", address={"REMOTE_ADDR": "198.51.100.4"}
    )

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff_user.pk)


def test_a_successful_sign_in_resets_the_count(client, staff_user):
    for _ in range(4):
        sign_in(client, "wrong")
    assert sign_in(client, "correct horse battery").status_code == 302
    client.logout()
    for _ in range(4):
        sign_in(client, "wrong")

    assert sign_in(client, "correct horse battery").status_code == 302
