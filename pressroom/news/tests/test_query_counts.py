"""Serving the newsroom and an article takes a fixed number of SQL queries,
however many articles there are: after a change to the content, and none
when nothing changed."""

import pytest

from pressroom.news.models import ArticlePage, NewsIndexPage
from pressroom.testing import make_content_page, make_story

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def stories(db):
    """Articles with everything an article page shows, in both languages."""
    make_story()
    make_story()


# Measured with the demo content, on the first request after a change to the
# content (queries_to_serve); a change that adds queries must say why in its
# commit. What they read: the content version, the site with its root page,
# the locale and the home page (then kept for the version: home.views), the
# page by its slug with the visibility rule's answer on its restrictions, the
# menu, the office contacts and the media desk's pages of the locale, the
# language alternates, the listing or the article's own rows, the cards and
# their renditions, the sharing image; Serbian pages also read their home,
# the translation of the site's root page.
# With the logo and the privacy notice, each read once per content version.
NEWSROOM_QUERIES = 22
ARTICLE_QUERIES = 20
LANGUAGES = ("en", "sr", "sr-latn")


def content_code(language):
    return "en" if language == "en" else "sr"


@pytest.mark.parametrize("language", LANGUAGES)
def test_newsroom_query_count_does_not_grow_with_the_articles(
    queries_to_serve, more_articles, reading_url, language
):
    newsroom = NewsIndexPage.objects.filter(
        locale__language_code=content_code(language)
    ).order_by("-depth")[0]
    url = reading_url(newsroom, language)
    before = queries_to_serve(url)
    more_articles(12)
    assert before <= NEWSROOM_QUERIES
    assert queries_to_serve(url) == before
    assert queries_to_serve(url + "?page=2") == before


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_query_count_does_not_grow_with_the_articles(
    queries_to_serve, more_articles, reading_url, language
):
    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code=content_code(language))
        .order_by("-pk")
        .first()
    )
    url = reading_url(article, language)
    before = queries_to_serve(url)
    more_articles(12)
    newest = ArticlePage.objects.live().filter(locale=article.locale).last()
    assert before <= ARTICLE_QUERIES
    assert queries_to_serve(url) == before
    # a new article (image, topics, a related article) stays within the bound
    assert queries_to_serve(reading_url(newest, language)) <= ARTICLE_QUERIES


@pytest.mark.demo
def test_every_demo_article_stays_within_the_bound(queries_to_serve, reading_url):
    for article in ArticlePage.objects.live():
        for language in LANGUAGES:
            if content_code(language) != article.locale.language_code:
                continue
            assert queries_to_serve(reading_url(article, language)) <= ARTICLE_QUERIES


def test_content_pages_share_the_article_bound(queries_to_serve, reading_url):
    about = make_content_page(title="About the office")
    assert queries_to_serve(reading_url(about, "en")) <= ARTICLE_QUERIES


# Served again with nothing changed (the page cache off), a page reads only
# the content version, the page by its slug (with the answer to Wagtail's
# check of its view restrictions) and the sharing image; the site, the home
# page, the listings and the fragments are reused (pressroom.rendercache).
QUERIES_AGAIN = 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_newsroom_and_article_served_again_read_only_their_route(
    queries_to_serve_again, reading_url, language
):
    newsroom = NewsIndexPage.objects.filter(
        locale__language_code=content_code(language)
    ).order_by("-depth")[0]
    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code=content_code(language))
        .order_by("-pk")
        .first()
    )
    for url in (
        reading_url(newsroom, language),
        reading_url(newsroom, language) + "?page=2",
        reading_url(article, language),
    ):
        assert queries_to_serve_again(url) <= QUERIES_AGAIN, url


# An article not shown since the last change, on a site already visited under
# the current content version: what every page shares (the pages above the
# article, the menu, the header and footer) is reused; the request reads the
# content version and the article itself: its page with its picture, whether
# it is translated or restricted and the ids of its topics and related
# articles (1), its translations (1), the pictures in its body (1), its
# related articles' cards (1) and the cards' renditions (1). Without
# translations, body pictures or related articles: 2.
UNSEEN_ARTICLE_QUERIES = 6


@pytest.fixture
def queries_to_serve_unseen(client):
    """Return a function giving the number of SQL queries serving ``url``
    takes after ``shown`` was served under the same content version."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from pressroom.rendercache.reuse import content_changed

    def count(url, shown):
        assert client.get(url).status_code == 200  # per-process caches warm
        content_changed()
        assert client.get(shown).status_code == 200
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    return count


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_article_not_shown_since_the_change_reads_only_itself(
    queries_to_serve_unseen, more_articles, reading_url, language
):
    articles = ArticlePage.objects.live().filter(
        locale__language_code=content_code(language)
    )
    shown = reading_url(articles.order_by("pk").first(), language)
    for article in articles.exclude(pk=articles.order_by("pk").first().pk):
        url = reading_url(article, language)
        assert queries_to_serve_unseen(url, shown) <= UNSEEN_ARTICLE_QUERIES, url
    more_articles(12)
    newest = articles.order_by("-pk").first()
    url = reading_url(newest, language)
    assert queries_to_serve_unseen(url, shown) <= UNSEEN_ARTICLE_QUERIES
