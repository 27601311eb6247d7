"""Fixtures for the subscription tests."""

import re
from datetime import date

from django.utils import timezone

import pytest

from pressroom.news.models import ArticleKind, ArticlePage, NewsIndexPage
from pressroom.subscriptions.models import Subscriber


@pytest.fixture
def subscriber(db):
    """Return a function creating a subscriber, confirmed unless told otherwise."""

    def make(email, reading_language, confirmed=True):
        now = timezone.now()
        return Subscriber.objects.create(
            email=email,
            reading_language=reading_language,
            confirmation_sent_at=now,
            confirmed_at=now if confirmed else None,
        )

    return make


@pytest.fixture
def press_release(english):
    """Return a function creating an English press release draft (not published)."""

    def make(title="Office opens a press centre", kind=ArticleKind.PRESS_RELEASE):
        newsroom = NewsIndexPage.objects.get(locale=english, slug="latest-news")
        page = ArticlePage(
            title=title,
            slug=re.sub(r"[^a-z]+", "-", title.lower()).strip("-"),
            kind=kind,
            date=date(2026, 11, 23),
            place="Belgrade",
            lead="The office opens a press centre for journalists.",
            live=False,
        )
        newsroom.add_child(instance=page)
        page.save_revision()
        return page

    return make


def links_in(text, name):
    """The subscription links of kind ``name`` (confirm, unsubscribe) in ``text``."""
    # English segments in English, Serbian ones in Serbian (docs/glossary.md).
    segments = {"confirm": "potvrda", "unsubscribe": "odjava"}
    path = rf"(?:subscriptions/{name}|pretplata/{segments[name]})"
    return re.findall(rf"https?://[^\s\"<>]+/{path}/[\w-]+/", text)
