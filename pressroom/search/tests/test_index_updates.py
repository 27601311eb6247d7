"""The index follows publishing, unpublishing, moving, deleting and privacy."""

from datetime import date

from django.core.management import call_command

from wagtail.models import PageViewRestriction

import pytest

from pressroom.news.models import ArticlePage, NewsIndexPage
from pressroom.search.models import SearchEntry
from pressroom.testing import latest_news, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(db):
    """A live English article about an exercise, in the latest news."""
    article = make_article(
        parent=latest_news("en"), title="Drina Shield opens", lead="An exercise."
    )
    article.slug = "drina-shield-opens"
    article.save_revision().publish()
    return article


def new_article(parent, title, lead="A lead.", slug="new"):
    page = ArticlePage(title=title, slug=slug, date=date(2026, 11, 1), lead=lead)
    parent.add_child(instance=page)
    return page


def test_published_article_can_be_found(found_titles, article):
    parent = article.get_parent()
    page = new_article(parent, "Quokka census", lead="Counting marsupials.")
    assert found_titles("quokka") == []  # a draft is never found
    page.save_revision().publish()
    assert found_titles("quokka") == ["Quokka census"]
    assert found_titles("marsupial") == ["Quokka census"]


def test_a_draft_change_is_not_found_until_published(found_titles, article):
    article.title = "Wombat exercise"
    article.save_revision()
    assert found_titles("wombat") == []
    article.get_latest_revision().publish()
    assert found_titles("wombat") == ["Wombat exercise"]


def test_unpublished_article_disappears_from_results(found_titles, article):
    assert article.title in found_titles("drina")
    article.unpublish()
    assert article.title not in found_titles("drina")


def test_deleted_article_disappears_from_results(found_titles, article):
    title = article.title
    article.delete()
    assert title not in found_titles("drina")
    assert not SearchEntry.objects.filter(title=title).exists()


def test_private_article_disappears_and_returns_when_public(
    found_titles, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=article, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    assert article.title not in found_titles("drina")
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert article.title in found_titles("drina")


def test_publishing_below_a_private_section_is_not_found(
    found_titles, article, django_capture_on_commit_callbacks
):
    section = article.get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=section, restriction_type=PageViewRestriction.LOGIN
        )
    new_article(section, "Quokka census").save_revision().publish()
    assert found_titles("quokka") == []
    assert article.title not in found_titles("drina")


def test_moved_article_is_found_at_its_new_address(api, article, settings):
    settings.SITE_URL = "https://press.example.org"
    newsroom = NewsIndexPage.objects.get(locale__language_code="en", depth=3)
    article.move(newsroom, pos="last-child")
    _status, body = api("drina shield opens")
    urls = [result["url"] for result in body["results"]]
    assert "https://press.example.org/en/newsroom/drina-shield-opens/" in urls


def test_rebuild_command_restores_the_index(found_titles, capsys):
    make_article(title="Вучетић у посети", language_code="sr")
    before = found_titles("vucetic", "sr")
    SearchEntry.objects.all().delete()
    assert before
    assert found_titles("vucetic", "sr") == []
    call_command("rebuild_search_index")
    assert found_titles("vucetic", "sr") == before
    assert "Indexed" in capsys.readouterr().out


def test_renaming_a_section_updates_the_addresses_of_its_results(
    article, django_capture_on_commit_callbacks
):
    section = NewsIndexPage.objects.get(pk=article.get_parent().pk)
    section.slug = "all-the-news"
    with django_capture_on_commit_callbacks(execute=True):
        section.save_revision().publish()
    entry = SearchEntry.objects.get(page_id=article.pk)
    assert "/all-the-news/drina-shield-opens/" in entry.url
