"""The demo loads on a site that already has imported articles."""

from wagtail.models import Locale

import pytest

from pressroom.demo.loader import DemoLoader
from pressroom.news.importing import import_articles
from pressroom.news.models import Topic

pytestmark = pytest.mark.django_db

SPEC = {"key": "quokka-watch", "en": "Quokka watch", "sr": "Посматрање квока"}


def record(locale, topic):
    return {
        "locale": locale,
        "title": f"Quokkas seen ({locale})",
        "lead": "A lead.",
        "date": "2025-02-03",
        "kind": "news",
        "topics": [topic],
        "translation_key": "quokkas-seen",
    }


def test_the_demo_uses_the_topics_an_import_made_under_its_slugs():
    report = import_articles(
        [record("en", "Quokka watch"), record("sr", "Posmatranje kvoka")]
    )
    assert report.failures == []
    imported = {
        topic.locale.language_code: topic
        for topic in Topic.objects.filter(
            slug__in=["quokka-watch", "posmatranje-kvoka"]
        )
    }
    loader = DemoLoader()
    loader.locales = {
        code: Locale.objects.get(language_code=code) for code in ("en", "sr")
    }
    topics = loader._topic(SPEC)  # made a second Serbian topic at the slug before
    assert {code: topic.pk for code, topic in topics.items()} == {
        code: topic.pk for code, topic in imported.items()
    }
    assert topics["sr"].translation_key == topics["en"].translation_key
    assert Topic.objects.filter(slug="posmatranje-kvoka").count() == 1
