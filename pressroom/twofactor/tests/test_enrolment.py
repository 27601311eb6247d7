"""The password alone never sets up an authenticator: a one-time link does."""

import re
from io import StringIO
from urllib.parse import urlparse

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from pressroom.outbox.models import OutgoingEmail
from pressroom.twofactor.enrolment import enrolment_link_for

from .test_two_factor_sign_in import (
    PASSWORD,
    current_code,
    open_enrolment_link,
    sign_in,
    staff_user,
)

pytestmark = pytest.mark.django_db

SETUP = "/admin/two-factor/setup/"


@pytest.fixture
def head():
    return staff_user("sef-jelena", "Head of public affairs")


@pytest.fixture
def administrator():
    return get_user_model().objects.create_superuser(
        "admin-ana", "ana@example.org", PASSWORD
    )


def confirm_new_app(client, user, url=SETUP, next_url="/admin/"):
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    return client.post(url, {"code": current_code(device), "next": next_url})


def verified_client(client, user):
    """``user`` signed in with the password and a code from a confirmed app."""
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    sign_in(client, user)
    client.post("/admin/two-factor/verify/", {"code": current_code(device)})
    assert client.get("/admin/").status_code == 200
    return device


def test_the_head_of_public_affairs_signs_in_with_two_factors(client, head):
    sign_in(client, head)

    response = client.get("/admin/")

    assert urlparse(response["Location"]).path == SETUP


def test_the_password_alone_shows_no_secret_and_enrols_nothing(client, head):
    sign_in(client, head)

    page = client.get(SETUP)
    assert page.status_code == 200
    assert b"<svg" not in page.content
    assert "enrolment link" in page.content.decode()
    client.post(SETUP, {"code": "123456"})

    assert not TOTPDevice.objects.filter(user=head).exists()
    assert client.get("/admin/").status_code == 302


def test_an_emailed_link_lets_its_owner_set_up_an_app_once(client, head):
    sign_in(client, head)

    asked = client.post("/admin/two-factor/setup/email/")
    assert "We have sent an enrolment link" in asked.content.decode()
    email = OutgoingEmail.objects.get(to=[head.email])
    url = re.search(r"https?://\S+/admin/two-factor/enrol/\S+/", email.body_text)[0]
    assert client.get(urlparse(url).path)["Location"] == SETUP
    assert b"<svg" in client.get(SETUP).content
    assert confirm_new_app(client, head).status_code == 302
    assert client.get("/admin/").status_code == 200

    client.logout()
    sign_in(client, head)
    assert client.get(urlparse(url).path).status_code == 410


def test_a_second_email_within_minutes_is_not_sent(client, head):
    sign_in(client, head)
    client.post("/admin/two-factor/setup/email/")

    again = client.post("/admin/two-factor/setup/email/")

    assert "No new link was sent" in again.content.decode()
    assert OutgoingEmail.objects.filter(to=[head.email]).count() == 1


def test_a_link_needs_its_accounts_password(client, head):
    path = urlparse(enrolment_link_for(head)).path

    anonymous = client.get(path)
    assert anonymous["Location"].startswith("/admin/login/")

    sign_in(client, staff_user("drugi", "Media desk"))
    assert client.get(path).status_code == 410
    assert not TOTPDevice.objects.filter(user=head).exists()


def test_an_expired_link_does_not_work(client, head):
    path = urlparse(enrolment_link_for(head)).path
    head.enrolment_links.update(expires_at="2000-01-01T00:00Z")
    sign_in(client, head)

    assert client.get(path).status_code == 410
    assert b"<svg" not in client.get(SETUP).content


def test_a_secret_shown_before_the_link_is_never_reused(client, head):
    seen = TOTPDevice.objects.create(user=head, name="old", confirmed=False)
    sign_in(client, head)

    setup = open_enrolment_link(client, head)

    assert seen.config_url not in setup.content.decode()
    assert not TOTPDevice.objects.filter(pk=seen.pk).exists()


def test_a_link_does_not_replace_a_working_app(client, head):
    device = TOTPDevice.objects.create(user=head, name="phone", confirmed=True)
    path = urlparse(enrolment_link_for(head)).path
    sign_in(client, head)

    response = client.get(path)

    assert response["Location"] == "/admin/two-factor/verify/"
    assert list(TOTPDevice.objects.filter(user=head)) == [device]


def test_a_new_phone_needs_a_sign_in_confirmed_with_the_old_one(client, head):
    TOTPDevice.objects.create(user=head, name="phone", confirmed=True)
    sign_in(client, head)

    refused = client.get("/admin/two-factor/replace/")
    assert refused["Location"] == "/admin/two-factor/verify/"
    assert TOTPDevice.objects.filter(user=head).count() == 1


def test_a_verified_user_moves_to_a_new_phone(client, head):
    old = verified_client(client, head)
    account = client.get("/admin/account/")
    assert "/admin/two-factor/replace/" in account.content.decode()

    page = client.get("/admin/two-factor/replace/")
    assert b"<svg" in page.content
    confirmed = confirm_new_app(client, head, url="/admin/two-factor/replace/")

    assert confirmed["Location"] == "/admin/"
    assert not TOTPDevice.objects.filter(pk=old.pk).exists()
    assert TOTPDevice.objects.get(user=head).confirmed
    assert client.get("/admin/").status_code == 200


def test_an_administrator_issues_a_link_in_the_admin(client, administrator, head):
    verified_client(client, administrator)
    listing = client.get("/admin/users/")
    assert f"/admin/authenticators/{head.pk}/" in listing.content.decode()

    page = client.post(f"/admin/authenticators/{head.pk}/", {"action": "link"})
    assert page.status_code == 200
    url = page.context["link"]
    assert url in page.content.decode()

    client.logout()
    sign_in(client, head)
    assert client.get(urlparse(url).path)["Location"] == SETUP
    assert confirm_new_app(client, head).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_an_administrator_removes_a_lost_app_and_emails_a_link(
    client, administrator, head
):
    TOTPDevice.objects.create(user=head, name="lost", confirmed=True)
    verified_client(client, administrator)

    client.post(f"/admin/authenticators/{head.pk}/", {"action": "remove"})
    emailed = client.post(f"/admin/authenticators/{head.pk}/", {"action": "email"})

    assert not TOTPDevice.objects.filter(user=head).exists()
    assert emailed.context["emailed"]
    assert OutgoingEmail.objects.filter(to=[head.email]).count() == 1


def test_only_a_verified_administrator_issues_links(client, administrator, head):
    sign_in(client, administrator)  # password only
    unverified = client.post(f"/admin/authenticators/{head.pk}/", {"action": "link"})
    assert unverified.status_code == 302
    assert not head.enrolment_links.exists()

    client.logout()
    verified_client(client, staff_user("deskica", "Media desk"))
    refused = client.post(f"/admin/authenticators/{head.pk}/", {"action": "link"})
    assert refused.status_code in (302, 403)
    assert not head.enrolment_links.exists()


def test_the_command_prints_a_link_and_keeps_a_working_app(client, head):
    out = StringIO()
    call_command("enrolment_link", head.username, stdout=out)
    path = urlparse(out.getvalue().strip()).path
    assert path.startswith("/admin/two-factor/enrol/")

    TOTPDevice.objects.create(user=head, name="phone", confirmed=True)
    with pytest.raises(CommandError, match="--remove-authenticator"):
        call_command("enrolment_link", head.username, stdout=StringIO())
    call_command(
        "enrolment_link", head.username, "--remove-authenticator", stdout=StringIO()
    )
    assert not TOTPDevice.objects.filter(user=head).exists()


def test_the_command_refuses_an_unknown_user():
    with pytest.raises(CommandError, match="No user"):
        call_command("enrolment_link", "nobody", stdout=StringIO())
