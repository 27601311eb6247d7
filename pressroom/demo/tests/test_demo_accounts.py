"""Outside development the demo's accounts get generated passwords, shown once."""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

import pytest

from pressroom.demo.checks import DEMO_PASSWORD, users_with_demo_password

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

DEMO_ACCOUNTS = {"editor", "writer", "head"}


def load_demo_output():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_development_accounts_share_the_well_known_password():
    assert set(users_with_demo_password()) == DEMO_ACCOUNTS


def test_elsewhere_each_account_gets_a_password_shown_only_once(settings):
    settings.DEMO_FIXED_PASSWORDS = False
    get_user_model().objects.filter(username__in=DEMO_ACCOUNTS).delete()

    first = load_demo_output()
    passwords = dict(re.findall(r"user (\S+)  password (\S+)", first))

    assert set(passwords) == DEMO_ACCOUNTS
    assert len(set(passwords.values())) == 3
    assert DEMO_PASSWORD not in first
    users = get_user_model().objects.in_bulk(passwords, field_name="username")
    for username, password in passwords.items():
        assert users[username].check_password(password)
    assert users_with_demo_password() == []
    again = load_demo_output()
    assert not any(password in again for password in passwords.values())


def test_accounts_under_two_factor_get_an_enrolment_link(settings):
    settings.DEMO_FIXED_PASSWORDS = False
    settings.TWO_FACTOR_REQUIRED = True
    get_user_model().objects.filter(username__in=DEMO_ACCOUNTS).delete()

    output = load_demo_output()

    links = re.findall(
        r"user (\S+)  password \S+\n    set up two-factor sign-in: (\S+)", output
    )
    assert {username for username, _link in links} == {"editor", "head"}
    assert all("/admin/two-factor/enrol/" in link for _username, link in links)
