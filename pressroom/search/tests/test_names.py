"""Any spelling of a registered name finds the pages with the others."""

from datetime import date

import pytest

from pressroom.news.models import ArticlePage
from pressroom.search import index
from pressroom.serbian.models import Name
from pressroom.testing import latest_news

pytestmark = pytest.mark.django_db


def add_article(title, lead, language):
    parent = latest_news(language)
    page = ArticlePage(
        title=title, slug=f"names-{language}", date=date(2026, 3, 1), lead=lead
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def wolters_pages():
    add_article("Посета генерала Волтерса", "Генерал Тод Д. Волтерс у Београду.", "sr")
    add_article("General Wolters visits", "General Tod D. Wolters in Belgrade.", "en")


def register(django_capture_on_commit_callbacks, **fields):
    with django_capture_on_commit_callbacks(execute=True):
        return Name.objects.create(**fields)


def test_a_latin_spelling_finds_the_cyrillic_name_once_registered(
    found_titles, wolters_pages, django_capture_on_commit_callbacks
):
    assert found_titles("wolters", "sr") == []
    register(
        django_capture_on_commit_callbacks,
        cyrillic="Тод Д. Волтерс",
        spellings="Tod D. Wolters",
    )
    assert found_titles("wolters", "sr") == ["Посета генерала Волтерса"]
    assert found_titles("Woltersom", "sr-latn") == ["Poseta generala Voltersa"]
    assert found_titles("Волтерс", "en") == ["General Wolters visits"]


def test_changing_the_register_reindexes_only_the_pages_with_the_names(
    wolters_pages, django_capture_on_commit_callbacks, monkeypatch
):
    indexed = []
    original = index.index_page
    monkeypatch.setattr(
        index, "index_page", lambda page: indexed.append(page.title) or original(page)
    )
    register(
        django_capture_on_commit_callbacks,
        cyrillic="Тод Д. Волтерс",
        spellings="Tod D. Wolters",
    )
    assert sorted(indexed) == ["General Wolters visits", "Посета генерала Волтерса"]


def test_a_removed_spelling_stops_finding(
    found_titles, wolters_pages, django_capture_on_commit_callbacks
):
    name = register(
        django_capture_on_commit_callbacks,
        cyrillic="Тод Д. Волтерс",
        spellings="Tod D. Wolters",
    )
    with django_capture_on_commit_callbacks(execute=True):
        name.delete()
    assert found_titles("wolters", "sr") == []
