"""Hidden content is absent from every surface readers reach, at once.

Each row is a kind of hidden content; each test asks every surface (the
page itself, home, newsroom, topic filter, related cards, search page and
API, RSS, Atom, sitemap, content API, subscriber e-mail) with the page cache
on, as in production. Content that was visible first is read on every
surface before it is hidden, so the test also shows that the surfaces do
list a visible article (and that the cache holds it) before they must stop.
Every kind is also made from another process, in front of a running server:
``pressroom/tests/served/test_changes_from_other_processes.py``.
"""

import json
from datetime import timedelta

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from pressroom.news.models import RelatedArticle
from pressroom.testing import (
    make_article,
    make_section,
    make_subscriber,
    make_topic,
    restrict,
    run_background_tasks,
    url_in_reading_language,
)

pytestmark = pytest.mark.django_db


WORD = "quokkasecret"
LATER = timezone.now().date() + timedelta(days=400)  # the newest of all


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60
    settings.PAGE_CACHE_SEARCH_SECONDS = 60
    settings.SITE_URL = "http://testserver"
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 0


@pytest.fixture
def topic(db):
    return make_topic("Exercises")


@pytest.fixture
def section():
    return make_section(title="Liaison notes")


@pytest.fixture(autouse=True)
def subscriber():
    """A reader of English press releases, there before any is published."""
    return make_subscriber(reading_language="en")


def article(section, topic, *, title=f"Report {WORD}", publish=True):
    return make_article(
        parent=section,
        title=title,
        kind="press_release",
        lead="The lead of the release.",
        day=LATER,
        topics=[topic],
        publish=publish,
    )


def neighbour_recommending(page, section):
    """A visible article whose related cards name ``page``."""
    other = make_article(parent=section, title="A visible neighbour")
    RelatedArticle.objects.create(page=other, article=page, sort_order=0)
    return other


def surfaces(client, page, neighbour, topic):
    """{surface: text a reader gets} for every surface, read anonymously."""
    with translation.override("en"):
        newsroom_url = page.get_parent().get_parent().get_url()
        search_url = reverse("search")
    page_url = url_in_reading_language(page, "en")
    found = {
        "page": client.get(page_url) if page_url else None,
        "home": client.get("/en/"),
        "newsroom": client.get(newsroom_url),
        "topic filter": client.get(f"{newsroom_url}?topic={topic.slug}"),
        "related cards": client.get(url_in_reading_language(neighbour, "en")),
        "search page": client.get(f"{search_url}?q={WORD}"),
        "search API": client.get(f"/api/search?q={WORD}&lang=en"),
        "RSS": client.get("/en/feeds/rss.xml"),
        "Atom": client.get("/en/feeds/atom.xml"),
        "press release feed": client.get("/en/feeds/press-release/rss.xml"),
        "sitemap": client.get("/sitemap.xml"),
        "content API": client.get(
            f"/api/v2/pages/?type=news.ArticlePage&fields=lead&child_of={page.get_parent().pk}"
        ),
        "content API item": client.get(f"/api/v2/pages/{page.pk}/"),
    }
    texts = {}
    for name, response in found.items():
        if response is None or response.status_code != 200:
            texts[name] = ""
            continue
        content = b"".join(response) if response.streaming else response.content
        texts[name] = content.decode()
    # These name the query or list addresses: what counts is a link to the page.
    for name in ("sitemap", "search page", "search API"):
        texts[name] = WORD if f"/{page.slug}/" in texts[name] else ""
    return texts


def showing(texts):
    return sorted(name for name, text in texts.items() if WORD in text)


def subscriber_mail():
    """The e-mail about the release that went out to subscribers."""
    run_background_tasks()
    return [message for message in mail.outbox if WORD in message.body]


def hide_by_login(page, section):
    restrict(page, "login")


def hide_by_password(page, section):
    restrict(page, "password")


def hide_by_groups(page, section):
    restrict(page, "groups", groups=[Group.objects.get(name="Editors")])


def hide_under_section(page, section):
    restrict(section, "login")


def hide_by_moving(page, section):
    private = make_section(title="Internal notes")
    restrict(private, "login")
    page.move(private, pos="last-child")


def hide_by_unpublishing(page, section):
    page.unpublish()


def hide_by_expiry(page, section):
    page.expire_at = timezone.now() - timedelta(minutes=1)
    page.save()
    call_command("publish_scheduled")  # as the scheduler does each minute


HIDE_AFTER_SHOWING = {
    "login-restricted": hide_by_login,
    "password-restricted": hide_by_password,
    "group-restricted": hide_by_groups,
    "under a restricted section": hide_under_section,
    "moved under a restricted section": hide_by_moving,
    "unpublished": hide_by_unpublishing,
    "expired": hide_by_expiry,
}


@pytest.mark.parametrize("kind", HIDE_AFTER_SHOWING)
def test_content_hidden_after_it_was_shown_leaves_every_surface(
    client, section, topic, kind, django_capture_on_commit_callbacks
):
    page = article(section, topic)
    neighbour = neighbour_recommending(page, section)
    before = showing(surfaces(client, page, neighbour, topic))
    assert before == sorted(surfaces(client, page, neighbour, topic))  # all of them

    with django_capture_on_commit_callbacks(execute=True):  # as it commits
        HIDE_AFTER_SHOWING[kind](page, section)
    page.refresh_from_db()

    assert showing(surfaces(client, page, neighbour, topic)) == []


def test_a_draft_is_on_no_surface(client, section, topic):
    page = article(section, topic, publish=False)
    neighbour = neighbour_recommending(page, section)
    assert showing(surfaces(client, page, neighbour, topic)) == []


def test_a_scheduled_article_is_on_no_surface_until_it_goes_live(
    client, section, topic
):
    page = article(section, topic, publish=False)
    draft = page.get_latest_revision_as_object()
    draft.go_live_at = timezone.now() + timedelta(hours=2)
    draft.save_revision().publish()  # "Set schedule", then publish
    page.refresh_from_db()
    neighbour = neighbour_recommending(page, section)
    assert not page.live
    assert showing(surfaces(client, page, neighbour, topic)) == []
    assert subscriber_mail() == []


def test_an_unpublished_change_to_a_live_page_shows_nowhere(client, section, topic):
    page = article(section, topic, title="A plain title")
    neighbour = neighbour_recommending(page, section)
    surfaces(client, page, neighbour, topic)  # read, and cached
    draft = page.get_latest_revision_as_object()
    draft.title = f"Draft {WORD} title"
    draft.lead = f"A draft {WORD} lead."
    draft.save_revision()

    texts = surfaces(client, page, neighbour, topic)
    assert showing(texts) == ["sitemap"]  # the live page, at its live address
    assert "A plain title" in texts["page"] and "A plain title" in texts["newsroom"]


@pytest.mark.parametrize("kind", ["login-restricted", "under a restricted section"])
def test_a_release_restricted_when_approved_is_mailed_to_nobody(section, topic, kind):
    page = article(section, topic, publish=False)
    HIDE_AFTER_SHOWING[kind](page, section)
    page.latest_revision.publish()
    page.refresh_from_db()
    assert page.live
    assert subscriber_mail() == []


def test_a_visible_release_is_mailed(section, topic):
    """The same path delivers a release readers may see: the test above can fail."""
    article(section, topic)
    assert len(subscriber_mail()) == 1


def test_the_content_api_leaves_out_a_restricted_page_among_visible_ones(
    client, section, topic
):
    page = article(section, topic)
    visible = make_article(parent=section, title="Still here")
    hide_by_login(page, section)
    listed = json.loads(
        client.get(f"/api/v2/pages/?child_of={section.pk}&limit=20").content
    )
    assert [item["id"] for item in listed["items"]] == [visible.pk]


ADMIN_PRIVACY = {
    "login-restricted": {"restriction_type": "login"},
    "password-restricted": {"restriction_type": "password", "password": "s3cret-pw"},
    "group-restricted": {"restriction_type": "groups"},
}


@pytest.mark.parametrize(
    "kind",
    [
        *ADMIN_PRIVACY,
        "unpublished",
        "under a restricted section",
        "moved under a restricted section",
    ],
)
def test_content_hidden_through_the_admin_leaves_every_surface(
    admin_client, section, topic, kind, django_capture_on_commit_callbacks
):
    """The same, with the change made as an editor makes it: over HTTP."""
    reader = Client()  # anonymous, beside the signed-in editor
    page = article(section, topic)
    neighbour = neighbour_recommending(page, section)
    assert showing(surfaces(reader, page, neighbour, topic)) != []

    with django_capture_on_commit_callbacks(execute=True):
        if kind == "unpublished":
            url = reverse("wagtailadmin_pages:unpublish", args=[page.pk])
            response = admin_client.post(url, {})
        elif kind == "under a restricted section":
            url = reverse("wagtailadmin_pages:set_privacy", args=[section.pk])
            response = admin_client.post(url, {"restriction_type": "login"})
        elif kind == "moved under a restricted section":
            private = make_section(title="Internal notes")
            url = reverse("wagtailadmin_pages:set_privacy", args=[private.pk])
            admin_client.post(url, {"restriction_type": "login"})
            url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, private.pk])
            response = admin_client.post(url, {})
        else:
            url = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])
            data = dict(ADMIN_PRIVACY[kind])
            if kind == "group-restricted":
                data["groups"] = [Group.objects.get(name="Editors").pk]
            response = admin_client.post(url, data)
    assert response.status_code in (200, 302)
    page.refresh_from_db()

    assert showing(surfaces(reader, page, neighbour, topic)) == []
