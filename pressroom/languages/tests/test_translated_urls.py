"""Serbian pages have Serbian addresses, and the old English ones still lead there."""

from django.urls import reverse
from django.utils import translation

import pytest

SERBIAN = ["sr", "sr-latn"]
NAMES = [
    ("subscriptions:subscribe", []),
    ("subscriptions:check_inbox", []),
    ("subscriptions:confirm", ["a-token"]),
    ("subscriptions:unsubscribe", ["a-token"]),
    ("inquiry_status", ["a-token"]),
]


def path_in(language, name, args):
    with translation.override(language):
        return reverse(name, args=args)


@pytest.mark.parametrize(("name", "args"), NAMES)
def test_serbian_addresses_are_ascii_latin_and_shared_by_both_scripts(name, args):
    cyrillic = path_in("sr", name, args)
    latin = path_in("sr-latn", name, args)
    english = path_in("en", name, args)
    assert cyrillic.removeprefix("/sr/") == latin.removeprefix("/sr-latn/")
    assert cyrillic.isascii()
    # Not the English segments under a Serbian prefix.
    assert cyrillic.removeprefix("/sr/") != english.removeprefix("/en/")


def test_serbian_subscription_addresses_read_serbian():
    assert path_in("sr", "subscriptions:subscribe", []) == "/sr/pretplata/"
    assert path_in("sr-latn", "subscriptions:check_inbox", []) == (
        "/sr-latn/pretplata/proverite-postu/"
    )
    assert path_in("sr", "inquiry_status", ["t"]) == "/sr/status-upita/t/"


@pytest.mark.django_db
@pytest.mark.parametrize("language", SERBIAN)
@pytest.mark.parametrize(
    ("old", "name", "args"),
    [
        ("subscriptions/", "subscriptions:subscribe", []),
        ("subscriptions/check-your-inbox/", "subscriptions:check_inbox", []),
        ("subscriptions/confirm/a-token/", "subscriptions:confirm", ["a-token"]),
        (
            "subscriptions/unsubscribe/a-token/",
            "subscriptions:unsubscribe",
            ["a-token"],
        ),
        ("inquiry-status/a-token/", "inquiry_status", ["a-token"]),
    ],
)
def test_old_english_addresses_move_permanently(client, language, old, name, args):
    response = client.get(f"/{language}/{old}?utm_source=mail")
    assert response.status_code == 301
    assert response["Location"] == path_in(language, name, args) + "?utm_source=mail"


@pytest.mark.django_db
def test_a_form_posted_to_an_old_address_is_posted_again(client):
    response = client.post("/sr/subscriptions/", {"email": "a@example.org"})
    assert response.status_code == 308
    assert response["Location"] == "/sr/pretplata/"


@pytest.mark.django_db
def test_english_keeps_its_addresses(client):
    assert client.get("/en/subscriptions/").status_code == 200
    assert client.get("/sr/pretplata/").status_code == 200
    # A Serbian segment is not an English address.
    assert client.get("/en/pretplata/").status_code == 404


@pytest.mark.django_db
def test_the_switcher_leads_to_the_same_page_in_the_other_language(client):
    html = client.get("/sr/pretplata/").content.decode()
    assert 'href="/language/en/?next=/en/subscriptions/"' in html
    assert 'href="/language/sr-latn/?next=/sr-latn/pretplata/"' in html
