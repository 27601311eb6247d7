"""Administrators and the media desk confirm each sign-in with an authenticator app."""

from urllib.parse import parse_qs, unquote, urlparse

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from pressroom.twofactor.enrolment import enrolment_link_for

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


def current_code(device):
    """The code the user's authenticator app shows right now."""
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return f"{code:06d}"


def wrong_code(device):
    return f"{(int(current_code(device)) + 1) % 1_000_000:06d}"


def staff_user(username, group_name):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, is_staff=True
    )
    group, _ = Group.objects.get_or_create(name=group_name)
    user.groups.add(group)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def administrator():
    return get_user_model().objects.create_superuser(
        "admin-ana", "ana@example.org", PASSWORD
    )


@pytest.fixture
def media_desk_officer():
    return staff_user("desk-dusan", "Media desk")


def sign_in(client, user):
    response = client.post(
        "/admin/login/", {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302, "the password step should succeed"


def open_enrolment_link(client, user):
    """Open a link an administrator issued for ``user``; return the set-up page."""
    url = enrolment_link_for(user)
    response = client.get(urlparse(url).path)
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/setup/"
    return client.get("/admin/two-factor/setup/")


def test_an_administrator_sets_up_an_app_with_a_link_then_reaches_the_admin(
    client, administrator
):
    sign_in(client, administrator)

    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert urlparse(response["Location"]).path == "/admin/two-factor/setup/"
    assert parse_qs(urlparse(response["Location"]).query)["next"] == ["/admin/pages/"]

    setup = open_enrolment_link(client, administrator)
    assert setup.status_code == 200
    assert b"<svg" in setup.content
    device = TOTPDevice.objects.get(user=administrator)
    assert not device.confirmed
    assert unquote(setup.context["secret"]) in unquote(device.config_url)

    wrong = client.post("/admin/two-factor/setup/", {"code": wrong_code(device)})
    assert wrong.status_code == 200
    assert "That code is not right" in wrong.content.decode()

    device.refresh_from_db()
    device.throttle_reset()  # the wrong code started django-otp's back-off
    confirmed = client.post(
        "/admin/two-factor/setup/",
        {"code": current_code(device), "next": "/admin/pages/"},
    )
    assert confirmed.status_code == 302
    assert confirmed["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_each_new_sign_in_asks_for_a_fresh_code(client, media_desk_officer):
    device = TOTPDevice.objects.create(
        user=media_desk_officer, name="phone", confirmed=True
    )
    sign_in(client, media_desk_officer)

    response = client.get("/admin/")
    assert urlparse(response["Location"]).path == "/admin/two-factor/verify/"

    response = client.post("/admin/two-factor/verify/", {"code": "12"})
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302

    device.refresh_from_db()
    device.throttle_reset()
    response = client.post(
        "/admin/two-factor/verify/", {"code": current_code(device), "next": "/admin/"}
    )
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_repeated_wrong_codes_are_throttled(client, media_desk_officer):
    device = TOTPDevice.objects.create(
        user=media_desk_officer, name="phone", confirmed=True
    )
    sign_in(client, media_desk_officer)
    client.post("/admin/two-factor/verify/", {"code": wrong_code(device)})

    response = client.post("/admin/two-factor/verify/", {"code": current_code(device)})

    assert "Too many wrong codes" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_the_next_address_cannot_leave_the_site(client, media_desk_officer):
    device = TOTPDevice.objects.create(
        user=media_desk_officer, name="phone", confirmed=True
    )
    sign_in(client, media_desk_officer)

    response = client.post(
        "/admin/two-factor/verify/",
        {"code": current_code(device), "next": "https://evil.example/"},
    )

    assert response["Location"] == "/admin/"


def test_an_editor_signs_in_with_a_password_alone(client):
    sign_in(client, staff_user("urednik", "Editors"))

    assert client.get("/admin/").status_code == 200


def test_signed_out_visitors_go_to_the_sign_in_page(client):
    response = client.get("/admin/two-factor/setup/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_without_the_second_step_restricted_pages_stay_closed(
    client, media_desk_officer
):
    from wagtail.models import PageViewRestriction

    from pressroom.testing import make_article

    article = make_article()
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.LOGIN
    )
    device = TOTPDevice.objects.create(
        user=media_desk_officer, name="phone", confirmed=True
    )
    sign_in(client, media_desk_officer)

    refused = client.get(article.url)
    assert refused.status_code == 302
    assert "login" in refused["Location"]

    device.throttle_reset()
    client.post("/admin/two-factor/verify/", {"code": current_code(device)})
    assert client.get(article.url).status_code == 200
