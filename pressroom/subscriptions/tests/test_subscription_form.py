"""A journalist subscribes with double opt-in, and unsubscribes in one click."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

import pytest
from bs4 import BeautifulSoup

from pressroom.subscriptions.models import Subscriber

from .conftest import links_in

pytestmark = pytest.mark.django_db


def form_url(language):
    with translation.override(language):
        return reverse("subscriptions:subscribe")


def subscribe(client, email, language="en", reading_language=None):
    return client.post(
        form_url(language),
        {"email": email, "reading_language": reading_language or language},
    )


def path_of(url):
    return urlsplit(url).path


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_the_form_is_offered_in_each_reading_language_with_its_own_preselected(
    client, language
):
    response = client.get(form_url(language))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    checked = soup.find("input", {"name": "reading_language", "checked": True})
    assert checked["value"] == language
    assert soup.find("input", {"name": "csrfmiddlewaretoken"}) is not None


def test_each_language_is_named_in_its_own_script_even_on_the_latin_site(client):
    soup = BeautifulSoup(client.get(form_url("sr-latn")).content, "html.parser")
    labels = {label["for"]: label.text for label in soup.select("fieldset label[for]")}
    names = {soup.find(id=for_id)["value"]: text for for_id, text in labels.items()}
    assert names == {
        "en": "English",
        "sr": "Српски (ћирилица)",
        "sr-latn": "Srpski (latinica)",
    }


def test_subscribing_sends_only_a_confirmation_in_the_chosen_script(
    client, mailoutbox, deliver_email
):
    response = subscribe(client, "Reporter@Example.org", "sr-latn")
    assert response.status_code == 302
    assert response["Location"] == "/sr-latn/pretplata/proverite-postu/"
    assert client.get(response["Location"]).status_code == 200
    deliver_email()
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["reporter@example.org"]
    assert not any("\u0400" <= ch <= "\u04ff" for ch in message.subject + message.body)
    [confirm] = links_in(message.body, "confirm")
    assert path_of(confirm).startswith("/sr-latn/pretplata/potvrda/")
    subscriber = Subscriber.objects.get(email="reporter@example.org")
    assert subscriber.confirmed_at is None
    assert subscriber.reading_language == "sr-latn"


def test_opening_the_link_asks_and_only_the_button_confirms(
    client, mailoutbox, deliver_email
):
    subscribe(client, "reporter@example.org")
    deliver_email()
    [confirm] = links_in(mailoutbox[0].body, "confirm")
    page = client.get(path_of(confirm))
    assert page.status_code == 200
    assert Subscriber.objects.get().confirmed_at is None  # a link scanner's GET
    done = client.post(path_of(confirm))
    assert done.status_code == 200
    assert Subscriber.objects.get().confirmed_at is not None


def test_an_address_already_subscribed_sees_the_same_page_and_gets_nothing(
    client, subscriber, mailoutbox, deliver_email
):
    subscriber("known@example.org", "sr")
    unknown = subscribe(client, "new@example.org")
    known = subscribe(client, "known@example.org")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    deliver_email()
    assert [message.to for message in mailoutbox] == [["new@example.org"]]
    # Nobody can change a confirmed subscriber's language through the form.
    assert Subscriber.objects.get(email="known@example.org").reading_language == "sr"


def test_an_unconfirmed_address_gets_another_confirmation_only_after_ten_minutes(
    client, mailoutbox, deliver_email
):
    subscribe(client, "slow@example.org")
    subscribe(client, "slow@example.org")
    deliver_email()
    assert len(mailoutbox) == 1
    Subscriber.objects.update(
        confirmation_sent_at=timezone.now() - timedelta(minutes=11)
    )
    subscribe(client, "slow@example.org", "sr")
    deliver_email()
    assert len(mailoutbox) == 2
    assert Subscriber.objects.get().reading_language == "sr"


def test_a_bad_address_is_refused_with_a_message_and_the_input_kept(client):
    response = subscribe(client, "not-an-address")
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find(id="email-errors").text.strip()
    assert soup.find("input", {"name": "email"})["value"] == "not-an-address"
    assert not Subscriber.objects.exists()


def test_an_unknown_language_is_refused(client):
    response = subscribe(client, "a@example.org", reading_language="de")
    assert response.status_code == 400
    assert not Subscriber.objects.exists()


def test_too_many_requests_from_one_address_are_refused_and_the_input_kept(
    client, settings
):
    settings.SUBSCRIPTION_RATE_LIMIT_PER_HOUR = 3
    for number in range(3):
        assert subscribe(client, f"r{number}@example.org").status_code == 302
    response = subscribe(client, "r9@example.org")
    assert response.status_code == 429
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find(role="alert").text.strip()
    assert soup.find("input", {"name": "email"})["value"] == "r9@example.org"
    assert not Subscriber.objects.filter(email="r9@example.org").exists()


def test_the_form_needs_its_csrf_token():
    client = Client(enforce_csrf_checks=True)
    assert subscribe(client, "a@example.org").status_code == 403
    assert not Subscriber.objects.exists()


def test_a_confirmation_link_older_than_a_week_no_longer_works(client, subscriber):
    old = subscriber("late@example.org", "en", confirmed=False)
    Subscriber.objects.update(confirmation_sent_at=timezone.now() - timedelta(days=8))
    url = reverse("subscriptions:confirm", args=[old.token])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert Subscriber.objects.get().confirmed_at is None


def test_a_made_up_token_is_not_found(client):
    assert client.get("/en/subscriptions/confirm/guess/").status_code == 404
    assert client.get("/en/subscriptions/unsubscribe/guess/").status_code == 404


def test_unsubscribing_asks_first_then_deletes_the_address(client, subscriber):
    reader = subscriber("leaving@example.org", "sr")
    with translation.override("sr"):
        url = reverse("subscriptions:unsubscribe", args=[reader.token])
    assert client.get(url).status_code == 200
    assert Subscriber.objects.exists()
    assert client.post(url).status_code == 200
    assert not Subscriber.objects.exists()
    assert client.post(url).status_code == 200  # again: still unsubscribed


def test_one_click_unsubscribe_from_a_mail_client_needs_no_session(subscriber):
    reader = subscriber("leaving@example.org", "en")
    url = reverse("subscriptions:unsubscribe", args=[reader.token])
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        url,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_every_page_links_to_the_form_in_the_readers_language(client, language):
    home = client.get(f"/{language}/")
    footer = BeautifulSoup(home.content, "html.parser").find("footer")
    assert footer.find("a", href=form_url(language)) is not None


def test_a_refused_request_says_when_to_try_again(client, settings, monkeypatch):
    from pressroom.ratelimits import limits

    settings.SUBSCRIPTION_RATE_LIMIT_PER_HOUR = 1
    # 1,003,800 is 3,000 s into a window of 3,600 s (1,004,400 starts one).
    monkeypatch.setattr(limits, "now", lambda: 1_003_800.0)
    assert subscribe(client, "first@example.org").status_code == 302
    response = subscribe(client, "second@example.org")
    assert response.status_code == 429
    assert response["Retry-After"] == "600"
