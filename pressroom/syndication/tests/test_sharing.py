"""What other sites read from a page's head: canonical, Open Graph, Twitter, JSON-LD."""

import io
import json
import re
from datetime import datetime

from django.utils import translation

from wagtail.models import Locale, Page

import feedparser
import pytest
from bs4 import BeautifulSoup

from pressroom.news.models import ArticleKind, ArticlePage, NewsIndexPage
from pressroom.serbian.script import to_latin

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_content")]


CYRILLIC = re.compile("[\u0400-\u04ff]")
CONTENT_LOCALE = {"en": "en", "sr": "sr", "sr-latn": "sr"}
HTML_LANG = {"en": "en", "sr": "sr-Cyrl", "sr-latn": "sr-Latn"}


def absolute(page, language):
    with translation.override(language):
        return "http://testserver" + page.get_url()


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def meta(head, key):
    tag = head.find("meta", attrs={"property": key}) or head.find(
        "meta", attrs={"name": key}
    )
    return tag["content"] if tag else None


def json_ld(head):
    (script,) = head.find_all("script", type="application/ld+json")
    return json.loads(script.string)


def illustrated_article(language):
    return (
        ArticlePage.objects.live()
        .filter(locale__language_code=CONTENT_LOCALE[language], image__isnull=False)
        .first()
    )


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_an_article_shares_title_summary_and_picture(client, language):
    article = illustrated_article(language)
    url = absolute(article, language)
    head = head_of(client, url)
    rendition = article.image.get_rendition("fill-1200x630-c100")
    assert head.find("link", rel="canonical")["href"] == url
    assert meta(head, "og:url") == url
    assert meta(head, "og:type") == "article"
    assert meta(head, "og:image") == "http://testserver" + rendition.url
    assert meta(head, "og:image:width") == str(rendition.width)
    assert meta(head, "og:image:height") == str(rendition.height)
    assert meta(head, "og:image:alt")
    assert meta(head, "twitter:card") == "summary_large_image"
    assert meta(head, "twitter:image") == meta(head, "og:image")
    if language != "sr-latn":
        assert meta(head, "og:title") == article.title
        assert meta(head, "og:description") == article.lead
    published = datetime.fromisoformat(meta(head, "article:published_time"))
    assert published.tzinfo is not None
    assert published.date() == article.date


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_an_article_describes_itself_as_a_news_article(client, language):
    article = illustrated_article(language)
    url = absolute(article, language)
    data = json_ld(head_of(client, url))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["mainEntityOfPage"]["@id"] == url
    assert data["inLanguage"] == HTML_LANG[language]
    for key in ("datePublished", "dateModified"):
        assert datetime.fromisoformat(data[key]).tzinfo is not None
    assert datetime.fromisoformat(data["datePublished"]).date() == article.date
    assert data["image"]["url"].startswith("http://testserver/media/images/")
    assert data["author"]["name"]
    assert data["publisher"]["name"]
    if language != "sr-latn":
        assert data["headline"] == article.title


def test_the_latin_article_shares_latin_text_and_the_same_addresses(client, serbian):
    article = illustrated_article("sr")
    cyrillic = head_of(client, absolute(article, "sr"))
    latin = head_of(client, absolute(article, "sr-latn"))
    for key in ("og:title", "og:description", "og:site_name", "twitter:title"):
        assert not CYRILLIC.search(meta(latin, key)), key
        assert CYRILLIC.search(meta(cyrillic, key)), key
    assert meta(latin, "og:image") == meta(cyrillic, "og:image")
    assert meta(latin, "og:url") == absolute(article, "sr-latn")
    data = json_ld(latin)
    assert not CYRILLIC.search(json.dumps(data, ensure_ascii=False))
    cyrillic_data = json_ld(cyrillic)
    # The same picture, its caption in the reading script.
    latin_caption = data["image"].pop("caption")
    cyrillic_caption = cyrillic_data["image"].pop("caption")
    assert data["image"] == cyrillic_data["image"]
    assert latin_caption == to_latin(cyrillic_caption)
    assert data["url"] == cyrillic_data["url"].replace("/sr/", "/sr-latn/", 1)


def test_a_title_cannot_break_out_of_the_json_ld(client, english):
    article = ArticlePage.objects.live().filter(locale=english).first()
    title = '</script><script>alert("x")</script> <!-- & "Ш"'
    article.title = title
    article.save_revision().publish()
    html = client.get(absolute(article, "en")).content.decode()
    assert '<script>alert("x")' not in html
    head = BeautifulSoup(html, "html.parser").head
    assert json_ld(head)["headline"] == title
    assert meta(head, "og:title") == title


def canonical_pages():
    home = Page.objects.get(depth=2, locale__language_code="en").specific
    newsroom = NewsIndexPage.objects.filter(locale__language_code="en").first()
    return [
        home,
        newsroom,
        *home.get_children().live().exclude(pk=newsroom.pk).specific(),
        ArticlePage.objects.filter(kind=ArticleKind.SPEECH).first(),
    ]


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_every_page_has_one_canonical_link_to_itself(client, language):
    for english_page in canonical_pages():
        page = english_page.get_translation(
            Locale.objects.get(language_code=CONTENT_LOCALE[language])
        )
        url = absolute(page, language)
        links = head_of(client, url + "?page=1").find_all("link", rel="canonical")
        assert [link["href"] for link in links] == [url]
    search = head_of(client, f"/{language}/search/?q=x")
    assert search.find("link", rel="canonical")["href"] == (
        f"http://testserver/{language}/search/"
    )


def test_the_not_found_page_has_no_canonical_link(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    head = BeautifulSoup(response.content, "html.parser").head
    assert head.find("link", rel="canonical") is None


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_pages_announce_the_newsroom_feeds_and_the_newsroom_lists_them(
    client, language
):
    newsroom = NewsIndexPage.objects.filter(
        locale__language_code=CONTENT_LOCALE[language], depth=3
    ).first()
    response = client.get(absolute(newsroom, language))
    soup = BeautifulSoup(response.content, "html.parser")
    announced = {
        link["type"]: link["href"]
        for link in soup.head.find_all("link", rel="alternate")
        if link.get("type")
    }
    assert announced == {
        "application/rss+xml": f"/{language}/feeds/rss.xml",
        "application/atom+xml": f"/{language}/feeds/atom.xml",
    }
    listed = soup.select(
        'main .feeds a[type="application/rss+xml"], '
        'main .feeds a[type="application/atom+xml"]'
    )
    assert len(listed) == 2 * (1 + len(ArticleKind.values))
    for link in listed:
        feed = feedparser.parse(client.get(link["href"]).content)
        assert feed.bozo == 0
        assert feed.entries


def test_an_article_whose_picture_file_is_gone_is_shown_without_a_shared_picture(
    client,
):
    from django.core.files.images import ImageFile

    from wagtail.images import get_image_model

    from pressroom.demo.images import draw_picture

    picture = get_image_model()(
        title="Lost picture",
        file=ImageFile(
            io.BytesIO(draw_picture("lost", ["#1d3557", "#a8dadc"], "landscape")),
            name="lost-picture.jpg",
        ),
    )
    picture.save()
    picture.file.storage.delete(picture.file.name)
    article = illustrated_article("en")
    article.image = picture
    article.save_revision().publish()
    head = head_of(client, absolute(article, "en"))
    assert meta(head, "og:image") is None
    assert json_ld(head)["headline"] == article.title
