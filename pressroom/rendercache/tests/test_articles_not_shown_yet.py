"""An article read for the first time under the current content version
(what the site shares is reused, the article itself is read) shows exactly
what the database holds: its restrictions, including those of its section
and of an alias's original, its translations, its topics, and a draft's own
topics in a preview.
"""

from datetime import date

from django.urls import reverse

from wagtail.models import Locale, Page, PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from pressroom.news.models import ArticlePage, NewsIndexPage, RelatedArticle, Topic
from pressroom.rendercache.column_values import column_values
from pressroom.rendercache.reuse import content_changed

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_content")]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def english_articles():
    return ArticlePage.objects.live().filter(locale__language_code="en").order_by("pk")


def new_article(section, slug, **fields):
    article = section.add_child(
        instance=ArticlePage(
            title=fields.pop("title", f"Article {slug}"),
            slug=slug,
            date=date(2026, 3, 1),
            lead="A lead for the test.",
            **fields,
        )
    )
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def test_a_section_made_private_asks_for_the_password_on_articles_never_shown(
    client, reading_url
):
    shown, never_shown = english_articles()[:2]
    assert shown.get_parent().pk == never_shown.get_parent().pk
    for _ in range(2):
        assert client.get(reading_url(shown, "en")).status_code == 200
    PageViewRestriction.objects.create(
        page=shown.get_parent(),
        restriction_type=PageViewRestriction.PASSWORD,
        password="x",
    )
    for article in (never_shown, shown):
        content = client.get(reading_url(article, "en")).content.decode()
        assert article.lead not in content
        assert "password" in content.lower()


def test_an_alias_asks_for_its_originals_password(client, reading_url):
    original = english_articles().first()
    newsroom = NewsIndexPage.objects.get(locale__language_code="en", depth=3)
    alias = original.create_alias(parent=newsroom, update_slug="alias-of-original")
    url = reading_url(alias, "en")
    assert original.lead in client.get(url).content.decode()
    PageViewRestriction.objects.create(
        page=original, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    content = client.get(url).content.decode()
    assert original.lead not in content
    assert "password" in content.lower()


def test_a_new_article_in_a_section_already_shown_is_served_at_once(
    client, reading_url
):
    shown = english_articles().first()
    section = shown.get_parent().specific
    for _ in range(2):
        assert client.get(reading_url(shown, "en")).status_code == 200
    base = reading_url(section, "en")
    assert client.get(f"{base}not-written-yet/").status_code == 404

    article = new_article(section, "not-written-yet", title="Written at last")
    assert soup(client.get(f"{base}not-written-yet/")).h1.get_text() == (
        "Written at last"
    )
    draft = section.add_child(
        instance=ArticlePage(
            title="A draft", slug="a-draft", date=date(2026, 3, 1), lead="x", live=False
        )
    )
    assert client.get(reading_url(article, "en")).status_code == 200
    assert client.get(f"{base}{draft.slug}/").status_code == 404


def switcher_link(page_soup, html_lang):
    link = page_soup.select_one(f'.language-switcher a[hreflang="{html_lang}"]')
    return link["href"]


def test_a_translation_published_shows_in_the_switcher_at_once(client, reading_url):
    section = english_articles().first().get_parent().specific
    article = new_article(section, "translated-later")
    url = reading_url(article, "en")
    for _ in range(2):
        assert "untranslated" in switcher_link(soup(client.get(url)), "sr-Cyrl")
    translation = article.copy_for_translation(Locale.objects.get(language_code="sr"))
    translation.save_revision().publish()
    link = switcher_link(soup(client.get(url)), "sr-Cyrl")
    assert "untranslated" not in link
    assert translation.slug in link


def topics_shown(response):
    topics = soup(response).select_one(".article-page__topics")
    return [] if topics is None else [a.get_text() for a in topics.select("a")]


def test_topics_and_related_articles_show_as_they_are_now(client, reading_url):
    shown, recommended = english_articles()[:2]
    section = shown.get_parent().specific
    article = new_article(section, "with-topics")
    topic = Topic.objects.filter(locale=article.locale).order_by("name").last()
    url = reading_url(article, "en")
    assert topics_shown(client.get(url)) == []

    revision = article.get_latest_revision_as_object()
    revision.topics = [topic]
    revision.related_links = [RelatedArticle(article=recommended)]
    revision.save_revision().publish()
    page = soup(client.get(url))
    assert [a.get_text() for a in page.select(".article-page__topics a")] == [
        topic.name
    ]
    assert recommended.title in page.select_one(".related").get_text()

    topic.name = "Renamed topic"
    topic.save()
    assert topics_shown(client.get(url)) == ["Renamed topic"]


def test_related_articles_keep_the_editors_order_and_every_topic_shows(
    client, reading_url
):
    first, second, third = english_articles()[:3]
    article = new_article(first.get_parent().specific, "in-order")
    topics = list(Topic.objects.filter(locale=article.locale).order_by("name")[:3])
    assert len(topics) == 3
    revision = article.get_latest_revision_as_object()
    revision.topics = topics
    revision.related_links = [RelatedArticle(article=a) for a in (third, first, second)]
    revision.save_revision().publish()
    # The editor moves the first link last: the rows' order is no longer
    # the order they were written in.
    for position, recommended in enumerate((first, second, third)):
        RelatedArticle.objects.filter(page=article, article=recommended).update(
            sort_order=position
        )
    content_changed()
    page = soup(client.get(reading_url(article, "en")))
    assert [h.get_text(strip=True) for h in page.select(".related h3")] == [
        first.title,
        second.title,
        third.title,
    ]
    assert [a.get_text() for a in page.select(".article-page__topics a")] == [
        topic.name for topic in topics
    ]


def test_a_preview_shows_the_drafts_topics(client, admin_client, reading_url):
    article = english_articles().first()
    topics = list(article.topics.all())
    other = Topic.objects.filter(locale=article.locale).exclude(
        pk__in=[topic.pk for topic in topics]
    )[0]
    assert client.get(reading_url(article, "en")).status_code == 200
    revision = article.get_latest_revision_as_object()
    revision.topics = [other]
    saved = revision.save_revision()
    preview = admin_client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[article.pk, saved.pk])
    )
    assert topics_shown(preview) == [other.name]
    live = topics_shown(client.get(reading_url(article, "en")))
    assert live == [topic.name for topic in topics]


def test_column_values_reads_what_the_orm_reads():
    article = english_articles().last()  # translated, with a related article
    translations = Page.objects.filter(
        translation_key=article.translation_key, live=True
    )
    assert len(translations) == 2
    assert sorted(
        column_values(Page, "id", translation_key=article.translation_key, live=True)
    ) == sorted(translations.values_list("id", flat=True))
    links = RelatedArticle.objects.filter(page=article).order_by("sort_order", "id")
    assert links.exists()
    assert column_values(
        RelatedArticle, "article", order_by=("sort_order", "id"), page=article.pk
    ) == list(links.values_list("article_id", flat=True))


def test_the_menu_marks_only_the_page_shown_as_current(client, reading_url):
    article = english_articles().first()
    menu_pages = Page.objects.live().filter(
        locale=article.locale, depth=3, show_in_menus=True
    )
    assert len(menu_pages) >= 2
    urls = [reading_url(article, "en")] + [reading_url(p, "en") for p in menu_pages]
    for url in urls + urls:
        current = soup(client.get(url)).select('.main-nav [aria-current="page"]')
        expected = [] if url == urls[0] else [url]
        assert [link["href"] for link in current] == expected


def breadcrumbs(response):
    return [item.get_text() for item in soup(response).select(".breadcrumbs li")]


def test_breadcrumbs_show_each_articles_title_and_a_renamed_section(
    client, reading_url
):
    first, second = english_articles()[:2]
    section = first.get_parent().specific
    trail = breadcrumbs(client.get(reading_url(first, "en")))
    assert trail[-2:] == [section.title, first.title]
    assert breadcrumbs(client.get(reading_url(second, "en")))[-1] == second.title

    revision = section.get_latest_revision_as_object()
    revision.title = "Press corner"
    revision.save_revision().publish()
    for article in (second, first):
        trail = breadcrumbs(client.get(reading_url(article, "en")))
        assert trail[-2:] == ["Press corner", article.title]
