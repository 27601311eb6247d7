"""Press releases are numbered per year when approved; a number is never reused."""

import json
from datetime import timedelta

from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from pressroom.news.models import ArticlePage
from pressroom.testing import make_article

pytestmark = pytest.mark.django_db


def this_year():
    return timezone.localdate().year


def sequence(number):
    """The release's place in its year: 14 for PR-2026-014."""
    return int(number.rsplit("-", 1)[1])


def test_approved_press_releases_are_numbered_in_order(settings):
    settings.PRESS_RELEASE_NUMBER_PREFIX = "PR"
    first = make_article(kind="press_release")
    second = make_article(kind="press_release")
    assert first.release_number.startswith(f"PR-{this_year()}-")
    assert sequence(second.release_number) == sequence(first.release_number) + 1
    assert (
        second.release_number
        == f"PR-{this_year()}-{sequence(first.release_number) + 1:03d}"
    )


def test_a_draft_and_other_kinds_get_no_number():
    draft = make_article(kind="press_release", publish=False)
    news = make_article(kind="news")
    assert draft.release_number == ""
    assert news.release_number == ""


def test_the_prefix_is_a_setting(settings):
    settings.PRESS_RELEASE_NUMBER_PREFIX = "MLO-PR"
    release = make_article(kind="press_release")
    assert release.release_number.startswith(f"MLO-PR-{this_year()}-")


def test_a_deleted_release_number_is_never_given_again():
    first = make_article(kind="press_release")
    number = first.release_number
    first.delete()
    second = make_article(kind="press_release")
    assert sequence(second.release_number) == sequence(number) + 1


def test_publishing_again_keeps_the_number():
    release = make_article(kind="press_release")
    number = release.release_number
    release.title = "Corrected title"
    release.save_revision().publish()
    release.refresh_from_db()
    assert release.release_number == number
    assert ArticlePage.objects.filter(release_number=number).count() == 1


def test_an_embargoed_release_is_numbered_when_approved(settings):
    release = make_article(kind="press_release", publish=False)
    release.go_live_at = timezone.now() + timedelta(hours=3)
    release.save_revision().publish()
    release.refresh_from_db()
    assert not release.live
    assert release.release_number.startswith(f"PR-{this_year()}-")


def test_the_serbian_translation_shares_the_number(serbian):
    release = make_article(kind="press_release")
    translation = release.copy_for_translation(serbian)
    translation.title = "Саопштење"
    translation.save_revision().publish()
    translation.refresh_from_db()
    assert translation.release_number == release.release_number


def test_a_translation_approved_first_gives_the_number_to_both(serbian):
    release = make_article(kind="press_release", publish=False)
    translation = release.copy_for_translation(serbian)
    translation.title = "Саопштење"
    translation.save_revision().publish()
    translation.refresh_from_db()
    release.save_revision().publish()
    release.refresh_from_db()
    assert release.release_number == translation.release_number != ""


def test_the_number_is_shown_on_the_page_in_feeds_json_ld_and_the_api(client):
    release = make_article(kind="press_release", title="Bridge reopened")
    number = release.release_number
    page = BeautifulSoup(client.get(release.url).content, "html.parser")
    assert number in page.select_one(".article-page__meta").get_text()
    json_ld = json.loads(page.find("script", type="application/ld+json").string)
    assert json_ld["identifier"] == number
    feed = client.get("/en/feeds/press-release/rss.xml").content.decode()
    assert number in feed
    api = client.get(f"/api/v2/pages/{release.pk}/").json()
    assert api["release_number"] == number
