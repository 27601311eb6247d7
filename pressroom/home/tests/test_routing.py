"""Readers reach every page by its address, as Wagtail's own routing finds it."""

from datetime import date

from wagtail.models import Page

import pytest

from pressroom.news.models import ArticlePage, NewsIndexPage
from pressroom.testing import make_article, make_section, make_translation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def articles(db):
    """An article in a section below the newsroom's, in both languages."""
    section = make_section(parent=make_section(title="Archive 2025"), title="May")
    make_translation(section.get_parent(), title="Архива 2025")
    make_translation(section, title="Мај")
    article = make_article(parent=section, title="Open day")
    make_translation(article, title="Дан отворених врата")
    return article


def deepest_article(language_code):
    return (
        ArticlePage.objects.live()
        .filter(locale__language_code=language_code)
        .order_by("-depth", "pk")
        .first()
    )


@pytest.mark.parametrize("language", ["en", "sr-latn"])
def test_every_live_page_is_served_at_its_address(client, reading_url, language):
    code = "en" if language == "en" else "sr"
    for page in Page.objects.live().filter(locale__language_code=code, depth__gt=2):
        response = client.get(reading_url(page, language))
        assert response.status_code == 200, page.url_path
        assert response.context["page"].pk == page.pk


def test_a_missing_level_of_the_address_is_not_found(client, reading_url):
    article = deepest_article("en")
    url = reading_url(article, "en")
    section = url.rstrip("/").rsplit("/", 2)[-2]

    assert (
        client.get(url.replace(f"/{section}/", "/no-such-section/")).status_code == 404
    )
    assert client.get(url + "no-such-child/").status_code == 404


def test_a_page_below_an_unpublished_section_is_still_served(client, reading_url):
    # Wagtail serves a live page whatever its ancestors' state; so does Pressroom.
    article = deepest_article("en")
    section = article.get_parent().specific
    assert isinstance(section, NewsIndexPage) and section.depth > 3
    section.unpublish()

    assert client.get(reading_url(section, "en")).status_code == 404
    assert client.get(reading_url(article, "en")).status_code == 200


def test_the_breadcrumbs_name_the_routed_ancestors(client, reading_url):
    article = deepest_article("en")
    response = client.get(reading_url(article, "en"))
    assert response.status_code == 200
    for ancestor in article.get_ancestors().filter(depth__gt=2):
        assert ancestor.title in response.content.decode()


def test_articles_sharing_a_slug_in_two_sections_each_open_their_own(
    client, reading_url
):
    first = deepest_article("en").get_parent().specific
    second = first.get_parent().add_child(
        instance=NewsIndexPage(title="Archive", slug="archive", locale=first.locale)
    )
    articles = [
        section.add_child(
            instance=ArticlePage(
                title=f"Open day in {section.title}",
                slug="open-day",
                date=date(2026, 5, 9),
                lead="Visitors meet the office.",
                locale=section.locale,
                live=True,
            )
        )
        for section in (first, second)
    ]
    for article in articles:
        response = client.get(reading_url(article, "en"))
        assert response.status_code == 200
        assert response.context["page"].pk == article.pk
        assert f"Open day in {article.get_parent().title}" in response.content.decode()
