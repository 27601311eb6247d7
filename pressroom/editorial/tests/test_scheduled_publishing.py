"""Scheduled publishing and expiry, run by Wagtail's ``publish_scheduled``.

``make run`` and production run the command every minute (SCHEDULED_JOBS);
here the tests move the schedule into the past and run it once.
"""

from datetime import date, timedelta

from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Revision

import pytest

from pressroom.news.models import ArticlePage, NewsIndexPage
from pressroom.scheduling.runner import run_due_jobs
from pressroom.testing import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_search_rate_limit():
    cache.clear()


def found(client, words):
    """Titles of the English search results for ``words``, as a reader sees them."""
    body = client.get("/api/search", {"q": words, "lang": "en"}).json()
    return [result["title"] for result in body["results"]]


@pytest.fixture
def scheduled(english):
    """An article approved to go live in an hour (Wagtail's scheduled revision)."""
    newsroom = NewsIndexPage.objects.get(locale=english, slug="latest-news")
    page = ArticlePage(
        title="Platypus exercise announced",
        slug="platypus-exercise",
        date=date(2026, 11, 25),
        lead="An exercise with an unusual name.",
        live=False,
    )
    newsroom.add_child(instance=page)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_a_scheduled_article_waits_for_its_time(client, scheduled):
    assert not scheduled.live
    assert scheduled.scheduled_revision is not None
    call_command("publish_scheduled")
    scheduled.refresh_from_db()
    assert not scheduled.live
    assert client.get(scheduled.url).status_code == 404
    assert found(client, "platypus") == []


def test_a_scheduled_article_goes_live_and_is_found_when_its_time_comes(
    client, scheduled
):
    # An hour passes: the approved revision's go-live time is now behind us.
    revision = Revision.objects.get(pk=scheduled.scheduled_revision.pk)
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    scheduled.refresh_from_db()
    assert scheduled.live
    assert client.get(scheduled.url).status_code == 200
    assert found(client, "platypus") == ["Platypus exercise announced"]


def test_an_expired_article_goes_offline_and_out_of_search(client, english):
    article = make_article(title="Drina Shield opens")
    url = article.url
    assert article.title in found(client, "drina shield")
    ArticlePage.objects.filter(pk=article.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    call_command("publish_scheduled")
    article.refresh_from_db()
    assert not article.live
    assert article.expired
    assert client.get(url).status_code == 404
    assert article.title not in found(client, "drina shield")


def test_an_article_with_a_future_expiry_stays_online(client, english):
    article = make_article(title="Drina Shield opens")
    ArticlePage.objects.filter(pk=article.pk).update(
        expire_at=timezone.now() + timedelta(days=1)
    )
    call_command("publish_scheduled")
    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200


def test_the_scheduler_started_by_make_run_takes_expired_articles_offline(
    client, english
):
    article = make_article(title="Drina Shield opens")
    ArticlePage.objects.filter(pk=article.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    now = timezone.now()
    run_due_jobs(now)  # the scheduler's first look: jobs wait for their slot
    assert "publish_scheduled" in run_due_jobs(now + timedelta(minutes=2))
    article.refresh_from_db()
    assert not article.live
