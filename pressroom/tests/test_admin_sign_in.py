"""Guessing passwords at the admin sign-in gets the guesser locked out (django-axes).

Failures count per user name across addresses, and per address across user
names; a browser or address the account signed in from before keeps its own
count (pressroom/twofactor/lockout.py).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

import pytest

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "correct horse battery"
ADDRESS = {"REMOTE_ADDR": "203.0.113.7"}


@pytest.fixture
def staff_user():
    return get_user_model().objects.create_user(
        "urednica", "urednica@example.org", PASSWORD, is_staff=True
    )


def address(n):
    return {"REMOTE_ADDR": f"198.51.100.{n}"}


def sign_in(client, password, username="urednica", address=ADDRESS):
    return client.post(LOGIN, {"username": username, "password": password}, **address)


def guess_from_many_addresses(times, username="urednica"):
    """An attacker's wrong passwords, each from another address and browser."""
    for n in range(times):
        response = sign_in(Client(), "wrong", username, address(100 + n))
        assert response.status_code in (200, 429)


def signed_in_before(client, user, where=ADDRESS):
    """``client`` signs in successfully from ``where``, then signs out."""
    assert sign_in(client, PASSWORD, user.username, where).status_code == 302
    # The session ends; the browser keeps its other cookies (Client.logout()
    # would clear every cookie).
    del client.cookies[settings.SESSION_COOKIE_NAME]


def test_five_wrong_passwords_lock_out_even_the_right_one(client, staff_user):
    for _ in range(5):
        response = sign_in(client, "wrong")
        assert response.status_code in (200, 429)

    response = sign_in(client, PASSWORD)

    assert response.status_code == 429
    assert b"Too many failed sign-ins" in response.content
    assert "_auth_user_id" not in client.session


def test_seven_addresses_then_the_right_password_from_an_eighth_is_refused(
    client, staff_user
):
    guess_from_many_addresses(7)

    response = sign_in(client, PASSWORD, address=address(8))

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_owner_still_signs_in_from_a_browser_used_before(client, staff_user):
    signed_in_before(client, staff_user)
    guess_from_many_addresses(7)

    # The same browser, from another network (a phone on mobile data).
    response = sign_in(client, PASSWORD, address=address(9))

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff_user.pk)


def test_the_owner_still_signs_in_from_an_address_used_before(client, staff_user):
    signed_in_before(Client(), staff_user)
    guess_from_many_addresses(7)

    # Another browser (cookies cleared) at the office's address.
    response = sign_in(client, PASSWORD)

    assert response.status_code == 302


def test_the_attackers_count_survives_the_owners_sign_in(client, staff_user):
    signed_in_before(client, staff_user)
    guess_from_many_addresses(7)
    signed_in_before(client, staff_user)

    assert sign_in(Client(), PASSWORD, address=address(50)).status_code == 429


def test_a_first_sign_in_from_a_new_place_clears_only_its_own_failures(
    client, staff_user
):
    guess_from_many_addresses(4)
    signed_in_before(client, staff_user, where=address(30))
    guess_from_many_addresses(1)

    assert sign_in(Client(), PASSWORD, address=address(31)).status_code == 429


def test_a_browser_used_before_has_a_limit_of_its_own(client, staff_user):
    signed_in_before(client, staff_user)
    for _ in range(5):
        sign_in(client, "wrong")

    assert sign_in(client, PASSWORD).status_code == 429


def test_a_forged_browser_mark_counts_for_nothing(client, staff_user):
    guess_from_many_addresses(5)
    client.cookies["pressroom_signed_in_before"] = "forged"

    assert sign_in(client, PASSWORD, address=address(60)).status_code == 429


def test_one_address_is_limited_across_user_names(client, staff_user):
    for n in range(5):
        sign_in(Client(), "wrong", username=f"guess{n}")

    assert sign_in(client, PASSWORD).status_code == 429
    assert sign_in(Client(), PASSWORD, address=address(70)).status_code == 302


def test_a_successful_sign_in_resets_the_count(client, staff_user):
    for _ in range(4):
        sign_in(client, "wrong")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        sign_in(client, "wrong")

    assert sign_in(client, PASSWORD).status_code == 302
