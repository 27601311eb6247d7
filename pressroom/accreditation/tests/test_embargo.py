"""An embargoed press release, from the editor to an accredited journalist's
personal link, then live on every surface at the embargo time.

The clock is controlled by replacing ``django.utils.timezone.now``, which
Wagtail's scheduler, the visibility rule and this app all read.
"""

import re
from contextlib import contextmanager
from datetime import datetime, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from pressroom.accreditation.models import EmbargoLink, LinkOpening
from pressroom.editorial import roles
from pressroom.inquiries.tests.factories import log_in
from pressroom.news.models import ArticlePage
from pressroom.testing import make_accreditation, make_article, make_subscriber

pytestmark = pytest.mark.django_db

BELGRADE = ZoneInfo("Europe/Belgrade")
TITLE = "Platypus agreement signed"
LINK = re.compile(r"https?://\S+/embargo/[\w-]+/")


@contextmanager
def clock(at):
    """Every ``timezone.now()`` answers ``at`` (an aware datetime)."""
    with mock.patch("django.utils.timezone.now", return_value=at):
        yield


def staff(username, group):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


def embargo_time():
    """Tomorrow at 10:00 Belgrade time (an hour the editor types in)."""
    tomorrow = timezone.localdate() + timedelta(days=1)
    return datetime(tomorrow.year, tomorrow.month, tomorrow.day, 10, 0, tzinfo=BELGRADE)


def edit_form(page, action, **changes):
    fields = {
        "title": page.title,
        "slug": page.slug,
        "kind": page.kind,
        "date": page.date.isoformat(),
        "place": page.place,
        "byline": page.byline,
        "lead": page.lead,
        "image": "",
        "body": streamfield([]),
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
        **changes,
    }
    return nested_form_data({**fields, action: "1"})


def submit_with_embargo(page, until):
    """An editor sets "go live at" (Belgrade time) and submits for approval."""
    editor = Client()
    editor.force_login(staff("test-writer", roles.EDITORS))
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(
            page,
            "action-submit",
            title=TITLE,
            go_live_at=until.strftime("%Y-%m-%d %H:%M"),
        ),
    )
    assert response.status_code == 302, response.content[:2000]


def approve(page):
    """The head of public affairs approves in the workflow."""
    head = log_in(Client(), staff("test-head", roles.HEAD_OF_PUBLIC_AFFAIRS))
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    response = head.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)


def public_surfaces(client, page):
    """What an anonymous reader gets from every surface, as text."""
    cache.clear()  # the search rate limit
    return {
        "page": client.get(page.url).status_code,
        "newsroom": client.get(page.get_parent().url).content.decode(),
        "search": client.get("/en/search/", {"q": "platypus"}).content.decode(),
        "search api": client.get(
            "/api/search", {"q": "platypus", "lang": "en"}
        ).content.decode(),
        "rss": client.get("/en/feeds/rss.xml").content.decode(),
        "atom": client.get("/en/feeds/press-release/atom.xml").content.decode(),
        "sitemap": client.get("/sitemap.xml").content.decode(),
        "api": client.get(
            "/api/v2/pages/", {"type": "news.ArticlePage", "fields": "*"}
        ).content.decode(),
        "api detail": client.get(f"/api/v2/pages/{page.pk}/").status_code,
    }


def assert_absent(surfaces, page):
    assert surfaces["page"] == 404
    assert surfaces["api detail"] == 404
    for name in ("newsroom", "search", "search api", "rss", "atom", "sitemap", "api"):
        assert TITLE not in surfaces[name], name
        assert page.slug not in surfaces[name], name


def assert_present(surfaces, page):
    assert surfaces["page"] == 200
    assert surfaces["api detail"] == 200
    for name in ("newsroom", "search", "search api", "rss", "atom", "sitemap", "api"):
        assert TITLE in surfaces[name] or page.slug in surfaces[name], name


def messages_to(mailoutbox, address):
    return [message for message in mailoutbox if address in message.to]


def test_an_embargoed_release_from_the_editor_to_publication(
    client, mailoutbox, deliver_email
):
    subscriber = make_subscriber(email="reader@example.org")
    journalist = make_accreditation(email="ana@example.org")
    pending = make_accreditation(email="pending@example.org", status="pending")
    until = embargo_time()
    page = make_article(
        kind="press_release",
        title="Draft",
        lead="Platypus lead.",
        day=until.date(),  # the newest, first in the newsroom
        publish=False,
    )
    approved_at = until - timedelta(hours=20)

    with clock(approved_at):
        submit_with_embargo(page, until)
        approve(page)
        page.refresh_from_db()
        assert not page.live
        assert page.go_live_at == until
        # The release has its number already.
        assert page.release_number
        deliver_email()
        assert_absent(public_surfaces(client, page), page)

    # The journalist got a personal link; nobody else got anything.
    assert messages_to(mailoutbox, subscriber.email) == []
    assert messages_to(mailoutbox, pending.email) == []
    [message] = messages_to(mailoutbox, journalist.email)
    assert "EMBARGOED until" in message.subject
    assert page.release_number in message.body
    url = LINK.search(message.body).group(0)
    path = url.split("://", 1)[1].partition("/")[2]
    path = "/" + path

    # The link shows the approved copy with the banner, only to this link.
    with clock(approved_at + timedelta(hours=1)):
        opened = client.get(path, REMOTE_ADDR="198.51.100.7", HTTP_USER_AGENT="Ana")
        assert opened.status_code == 200
        body = opened.content.decode()
        assert "EMBARGOED until" in body
        assert "10:00" in body  # Belgrade time
        assert TITLE in body
        assert page.release_number in body
        assert "no-store" in opened["Cache-Control"]
        assert "noindex" in opened["X-Robots-Tag"]
        assert "application/ld+json" not in body
        assert client.get(path[:-5] + "xxxx/").status_code == 404
        # Forwarded: someone else opens the same link.
        forwarded = Client().get(
            path, REMOTE_ADDR="203.0.113.99", HTTP_USER_AGENT="Someone else"
        )
        assert forwarded.status_code == 200

    openings = LinkOpening.objects.order_by("opened_at", "pk")
    assert [(o.ip_address, o.user_agent) for o in openings] == [
        ("198.51.100.7", "Ana"),
        ("203.0.113.99", "Someone else"),
    ]

    # The embargo time has come, the scheduler has not run yet: the link
    # still shows the copy (no moment when neither works).
    with clock(until + timedelta(seconds=20)):
        assert client.get(path).status_code == 200
        assert_absent(public_surfaces(client, page), page)
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert page.live
        # From now on the link leads to the public page.
        redirected = client.get(path)
        assert redirected.status_code == 302
        assert redirected["Location"] == page.url
        assert_present(public_surfaces(client, page), page)
        deliver_email()

    # Subscribers are e-mailed once, at publication, with the number.
    [announcement] = messages_to(mailoutbox, subscriber.email)
    assert page.release_number in announcement.subject
    page.save_revision().publish()
    deliver_email()
    assert len(messages_to(mailoutbox, subscriber.email)) == 1
    assert len(messages_to(mailoutbox, journalist.email)) == 1


def test_the_desk_sees_every_opening_and_revokes_one_link(client, desk_client):
    journalist = make_accreditation(email="ana@example.org")
    other = make_accreditation(email="marko@example.org")
    page = make_article(kind="press_release", publish=False)
    page.go_live_at = timezone.now() + timedelta(hours=3)
    page.save_revision().publish()
    links = {link.accreditation_id: link for link in EmbargoLink.objects.all()}
    assert set(links) == {journalist.pk, other.pk}
    path = reverse("embargoed_release", args=[links[journalist.pk].token])
    client.get(path, REMOTE_ADDR="198.51.100.7", HTTP_USER_AGENT="Forwarded browser")

    detail = desk_client.get(
        reverse("accreditation_admin:detail", args=[journalist.pk])
    ).content.decode()
    assert "198.51.100.7" in detail
    assert "Forwarded browser" in detail

    desk_client.post(
        reverse("accreditation_admin:revoke", args=[links[journalist.pk].pk])
    )
    assert client.get(path).status_code == 404
    # The other journalist's link still works.
    other_path = reverse("embargoed_release", args=[links[other.pk].token])
    assert client.get(other_path).status_code == 200


def test_a_link_stops_when_the_accreditation_expires_or_the_embargo_is_withdrawn(
    client,
):
    journalist = make_accreditation()
    page = make_article(kind="press_release", publish=False)
    page.go_live_at = timezone.now() + timedelta(hours=3)
    page.save_revision().publish()
    path = reverse("embargoed_release", args=[EmbargoLink.objects.get().token])
    assert client.get(path).status_code == 200
    journalist.valid_until = timezone.localdate() - timedelta(days=1)
    journalist.save()
    assert client.get(path).status_code == 404
    journalist.valid_until = timezone.localdate() + timedelta(days=1)
    journalist.save()
    # The editor cancels the schedule: no approved revision waits any more.
    page.revisions.update(approved_go_live_at=None)
    assert client.get(path).status_code == 404


def test_a_release_published_at_once_sends_no_embargo_link(mailoutbox, deliver_email):
    make_accreditation(email="ana@example.org")
    make_article(kind="press_release")
    deliver_email()
    assert not EmbargoLink.objects.exists()
    assert messages_to(mailoutbox, "ana@example.org") == []


def test_a_journalist_accredited_during_an_embargo_gets_the_release(desk_client):
    page = make_article(kind="press_release", publish=False)
    page.go_live_at = timezone.now() + timedelta(hours=3)
    page.save_revision().publish()
    pending = make_accreditation(status="pending")
    serbian_reader = make_accreditation(status="pending", reading_language="sr")
    for accreditation in (pending, serbian_reader):
        desk_client.post(
            reverse("accreditation_admin:decide", args=[accreditation.pk, "approve"])
        )
    assert EmbargoLink.objects.filter(accreditation=pending, page=page).exists()
    # The English release is not theirs to read; its translation would be.
    assert not EmbargoLink.objects.filter(accreditation=serbian_reader).exists()


def test_serbian_journalists_get_the_serbian_version(serbian):
    english_reader = make_accreditation(reading_language="en")
    latin_reader = make_accreditation(reading_language="sr-latn")
    page = make_article(kind="press_release", publish=False)
    translation = page.copy_for_translation(serbian)
    translation.go_live_at = timezone.now() + timedelta(hours=3)
    translation.save_revision().publish()
    link = EmbargoLink.objects.get()
    assert link.accreditation == latin_reader
    assert link.page_id == translation.pk
    assert not EmbargoLink.objects.filter(accreditation=english_reader).exists()
    assert ArticlePage.objects.get(pk=translation.pk).release_number


def test_a_personal_link_is_never_kept_in_the_page_cache(client, settings):
    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60
    settings.SITE_URL = "http://testserver"
    make_accreditation()
    page = make_article(kind="press_release", publish=False)
    page.go_live_at = timezone.now() + timedelta(hours=3)
    page.save_revision().publish()
    link = EmbargoLink.objects.get()
    path = reverse("embargoed_release", args=[link.token])
    assert client.get(path).status_code == 200
    assert client.get(path).status_code == 200
    # Every request reached the view: each was recorded, and a revoked
    # link answers 404 at once.
    assert link.openings.count() == 2
    link.revoked_at = timezone.now()
    link.save()
    assert client.get(path).status_code == 404
