"""A new press release reaches confirmed subscribers once, in their language."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from wagtail.models import Revision

import pytest

from pressroom.news.models import ArticleKind, ArticlePage
from pressroom.serbian.script import to_latin
from pressroom.subscriptions import services
from pressroom.subscriptions.models import Delivery, Subscriber
from pressroom.testing import make_article

from .conftest import links_in

pytestmark = pytest.mark.django_db

SERBIAN_TITLE = "Канцеларија отвара прес-центар у Београду"


def has_cyrillic(text):
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


@pytest.fixture
def readers(subscriber):
    """A confirmed subscriber per reading language, and one who never confirmed."""
    return {
        "en": subscriber("en@example.org", "en"),
        "sr": subscriber("cyr@example.org", "sr"),
        "sr-latn": subscriber("lat@example.org", "sr-latn"),
        "unconfirmed": subscriber("maybe@example.org", "en", confirmed=False),
    }


def translate(page, serbian):
    """Publish the Serbian translation of ``page`` with a Cyrillic title."""
    translation = page.copy_for_translation(serbian)
    translation.title = SERBIAN_TITLE
    translation.lead = "Канцеларија отвара прес-центар за новинаре."
    translation.place = "Београд"
    translation.save_revision().publish()
    return translation


def mail_by_recipient(mailoutbox):
    return {message.to[0]: message for message in mailoutbox}


def test_english_subscribers_get_the_english_release_when_it_is_published(
    readers, press_release, mailoutbox, deliver_email
):
    page = press_release()
    deliver_email()
    assert mailoutbox == []  # a draft goes to nobody
    page.get_latest_revision().publish()
    deliver_email()
    mail = mail_by_recipient(mailoutbox)
    assert list(mail) == ["en@example.org"]
    message = mail["en@example.org"]
    assert page.title in message.subject
    assert page.lead in message.body
    assert urlsplit(page.full_url).path in message.body


def test_serbian_subscribers_get_the_translation_in_their_script_when_it_is_published(
    readers, press_release, serbian, mailoutbox, deliver_email
):
    page = press_release()
    page.get_latest_revision().publish()
    deliver_email()
    mailoutbox.clear()
    translation = translate(page, serbian)
    deliver_email()
    mail = mail_by_recipient(mailoutbox)
    assert sorted(mail) == ["cyr@example.org", "lat@example.org"]
    assert SERBIAN_TITLE in mail["cyr@example.org"].subject
    latin = mail["lat@example.org"]
    assert to_latin(SERBIAN_TITLE) in latin.subject
    assert not has_cyrillic(latin.subject + latin.body)
    assert "/sr-latn/" in latin.body and "/sr/" in mail["cyr@example.org"].body
    assert translation.lead in mail["cyr@example.org"].body


def test_every_message_carries_its_unsubscribe_link_and_one_click_headers(
    readers, press_release, mailoutbox, deliver_email
):
    press_release().get_latest_revision().publish()
    deliver_email()
    [message] = mailoutbox
    [link] = links_in(message.body, "unsubscribe")
    assert message.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    html, _ = message.alternatives[0]
    assert link in html
    # The link works: one click, and the next release is not sent.
    Client(enforce_csrf_checks=True).post(
        urlsplit(link).path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert not Subscriber.objects.filter(email="en@example.org").exists()
    mailoutbox.clear()
    press_release("Second release").get_latest_revision().publish()
    deliver_email()
    assert mailoutbox == []


def test_republishing_or_editing_a_release_never_sends_it_again(
    readers, press_release, mailoutbox, deliver_email
):
    page = press_release()
    page.get_latest_revision().publish()
    deliver_email()
    assert len(mailoutbox) == 1
    page = ArticlePage.objects.get(pk=page.pk)
    page.lead = "A corrected lead."
    page.save_revision().publish()
    page.unpublish()
    page.get_latest_revision().publish()
    deliver_email()
    assert len(mailoutbox) == 1
    assert Delivery.objects.filter(article_key=page.translation_key).count() == 1


def test_a_repeated_fan_out_sends_nothing_twice(
    readers, press_release, mailoutbox, deliver_email
):
    page = press_release()
    page.get_latest_revision().publish()
    deliver_email()
    assert services.press_release_deliver(page_id=page.pk) == 0
    deliver_email()
    assert len(mailoutbox) == 1


def test_a_subscriber_who_switches_language_does_not_get_the_translation_too(
    readers, press_release, serbian, mailoutbox, deliver_email
):
    page = press_release()
    page.get_latest_revision().publish()
    deliver_email()
    Subscriber.objects.filter(email="en@example.org").update(reading_language="sr")
    translate(page, serbian)
    deliver_email()
    recipients = [message.to[0] for message in mailoutbox]
    assert recipients.count("en@example.org") == 1


def test_other_kinds_of_article_are_not_sent(
    readers, press_release, mailoutbox, deliver_email
):
    press_release("A speech", kind=ArticleKind.SPEECH).get_latest_revision().publish()
    deliver_email()
    assert mailoutbox == []


def test_an_old_release_published_again_is_not_announced(
    readers, english, mailoutbox, deliver_email
):
    old = make_article(kind=ArticleKind.PRESS_RELEASE)
    deliver_email()
    mailoutbox.clear()
    old.save_revision().publish()
    deliver_email()
    assert mailoutbox == []


def test_a_scheduled_release_is_sent_when_it_goes_live(
    readers, press_release, mailoutbox, deliver_email
):
    page = press_release()
    page.go_live_at = timezone.now() + timedelta(hours=1)
    page.save_revision().publish()
    deliver_email()
    assert mailoutbox == []
    page.refresh_from_db()
    revision = Revision.objects.get(pk=page.scheduled_revision.pk)
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled")
    deliver_email()
    assert [message.to for message in mailoutbox] == [["en@example.org"]]


def test_a_release_unpublished_before_the_worker_runs_is_not_sent(
    readers, press_release, mailoutbox, deliver_email
):
    page = press_release()
    page.get_latest_revision().publish()
    ArticlePage.objects.get(pk=page.pk).unpublish()
    deliver_email()
    assert mailoutbox == []
