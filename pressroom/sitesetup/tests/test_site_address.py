"""Every link the site gives is on its address, SITE_URL, whatever host was asked.

A request that reaches the application as ``localhost`` or ``127.0.0.1`` (a
proxy that does not pass the host on, a health check, a shell on the server)
must not hand readers, crawlers or partners links to that host.
"""

import json
from xml.etree import ElementTree

from django.core import mail

import feedparser
import icalendar
import pytest
from bs4 import BeautifulSoup

from pressroom.testing import (
    content_locale,
    make_article,
    make_media_event,
    make_picture,
    url_in_reading_language,
)

pytestmark = pytest.mark.django_db

SITE = "https://press.example.org"
HOSTS = ["localhost", "127.0.0.1"]
READING_LANGUAGES = ["en", "sr", "sr-latn"]
SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


@pytest.fixture(autouse=True)
def site_address(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def article():
    """An English article with a picture and its Serbian translation, both live."""
    picture = make_picture(alt_text_en="Soldiers", alt_text_sr="Војници")
    english = make_article(title="Quayside exercise", image=picture)
    serbian = english.copy_for_translation(content_locale("sr"))
    serbian.title = serbian.draft_title = "Вежба на кеју"
    serbian.save_revision().publish()
    return english


def head_links(html):
    """The absolute URLs in a page's <head>, by what names them."""
    head = BeautifulSoup(html, "html.parser").head
    found = {}
    for link in head.find_all("link", href=True):
        key = "link " + " ".join(link["rel"]) + " " + link.get("hreflang", "")
        found.setdefault(key.strip(), []).append(link["href"])
    for meta in head.find_all("meta", content=True):
        name = meta.get("property") or meta.get("name")
        if meta["content"].startswith(("http://", "https://")):
            found.setdefault(name, []).append(meta["content"])
    for script in head.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        found["json-ld url"] = [data["url"], data["mainEntityOfPage"]["@id"]]
        found["json-ld publisher"] = [
            data["publisher"]["url"],
            data["publisher"]["logo"]["url"],
        ]
    return found


def absolute(links):
    return [url for url in links if url.startswith(("http://", "https://", "//"))]


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("language", READING_LANGUAGES)
def test_an_articles_head_links_to_the_sites_address(client, article, language, host):
    page = (
        article if language == "en" else article.get_translation(content_locale("sr"))
    )
    path = url_in_reading_language(page, language)

    response = client.get(path, HTTP_HOST=host)

    assert response.status_code == 200
    links = head_links(response.content.decode())
    assert links["link canonical"] == [f"{SITE}{path}"]
    assert links["og:url"] == [f"{SITE}{path}"]
    assert links["og:image"][0].startswith(f"{SITE}/")
    assert links["twitter:image"] == links["og:image"]
    assert links["json-ld url"] == [f"{SITE}{path}", f"{SITE}{path}"]
    serbian = article.get_translation(content_locale("sr"))
    hreflang = {
        key.removeprefix("link alternate "): urls
        for key, urls in links.items()
        if key.startswith("link alternate ")
    }
    assert hreflang == {
        "en": [SITE + url_in_reading_language(article, "en")],
        "sr-Cyrl": [SITE + url_in_reading_language(serbian, "sr")],
        "sr-Latn": [SITE + url_in_reading_language(serbian, "sr-latn")],
        "x-default": [SITE + url_in_reading_language(article, "en")],
    }
    every = [url for urls in links.values() for url in absolute(urls)]
    assert every
    assert all(url.startswith(f"{SITE}/") for url in every), every


@pytest.mark.parametrize("feed_format", ["rss", "atom"])
@pytest.mark.parametrize("language", READING_LANGUAGES)
def test_feeds_link_to_the_sites_address(client, article, language, feed_format):
    page = (
        article if language == "en" else article.get_translation(content_locale("sr"))
    )
    feed_path = f"/{language}/feeds/{feed_format}.xml"

    response = client.get(feed_path, HTTP_HOST="localhost")

    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    links = [feed.feed.link] + [link.href for link in feed.feed.links]
    for entry in feed.entries:
        links += [entry.link, entry.id] + [link.href for link in entry.links]
    assert SITE + url_in_reading_language(page, language) in links
    assert f"{SITE}{feed_path}" in links  # the feed's own address
    assert all(link.startswith(f"{SITE}/") for link in links), links


def test_the_sitemap_and_robots_name_the_sites_address(client, article):
    response = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1")

    assert response.status_code == 200
    sitemap = ElementTree.fromstring(response.content)  # noqa: S314 - our own
    locations = [loc.text for loc in sitemap.iter(f"{{{SITEMAPS}}}loc")]
    alternates = [link.get("href") for link in sitemap.iter(f"{{{XHTML}}}link")]
    serbian = article.get_translation(content_locale("sr"))
    assert {
        SITE + url_in_reading_language(article, "en"),
        SITE + url_in_reading_language(serbian, "sr"),
        SITE + url_in_reading_language(serbian, "sr-latn"),
    } <= set(locations)
    assert alternates
    assert all(url.startswith(f"{SITE}/") for url in locations + alternates)
    robots = client.get("/robots.txt", HTTP_HOST="127.0.0.1").content.decode()
    assert f"Sitemap: {SITE}/sitemap.xml" in robots.splitlines()


def test_api_answers_link_to_the_sites_address(client, article):
    listing = client.get(
        "/api/v2/pages/", {"type": "news.ArticlePage"}, HTTP_HOST="localhost"
    ).json()
    detail = client.get(f"/api/v2/pages/{article.pk}/", HTTP_HOST="localhost").json()
    latin = client.get(
        f"/api/v2/pages/{article.get_translation(content_locale('sr')).pk}/",
        {"script": "latin"},
        HTTP_HOST="localhost",
    ).json()
    image = client.get(
        f"/api/v2/images/{article.image.pk}/", HTTP_HOST="localhost"
    ).json()
    found = client.get(
        "/api/search", {"q": "Quayside", "lang": "en"}, HTTP_HOST="localhost"
    ).json()

    item = next(item for item in listing["items"] if item["id"] == article.pk)
    assert item["meta"]["detail_url"] == f"{SITE}/api/v2/pages/{article.pk}/"
    assert item["meta"]["html_url"] == SITE + url_in_reading_language(article, "en")
    assert detail["meta"]["detail_url"] == f"{SITE}/api/v2/pages/{article.pk}/"
    assert detail["meta"]["html_url"] == SITE + url_in_reading_language(article, "en")
    assert detail["meta"]["parent"]["meta"]["detail_url"].startswith(f"{SITE}/api/")
    assert detail["meta"]["parent"]["meta"]["html_url"].startswith(f"{SITE}/en/")
    assert latin["meta"]["html_url"].startswith(f"{SITE}/sr-latn/")
    assert image["meta"]["detail_url"] == f"{SITE}/api/v2/images/{article.image.pk}/"
    assert [result["url"] for result in found["results"]] == [
        SITE + url_in_reading_language(article, "en")
    ]


def test_the_media_calendar_links_to_the_sites_address(client):
    event = make_media_event(title="Open day at the barracks")

    response = client.get("/en/feeds/media-calendar.ics", HTTP_HOST="localhost")

    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    urls = [str(entry["url"]) for entry in calendar.walk("VEVENT")]
    assert SITE + url_in_reading_language(event, "en") in urls
    assert all(url.startswith(f"{SITE}/") for url in urls)


def test_a_subscribers_confirmation_link_is_on_the_sites_address(client, deliver_email):
    client.post(
        "/en/subscriptions/",
        {"email": "reporter@example.org", "reading_language": "en"},
        HTTP_HOST="localhost",
    )
    deliver_email()

    assert len(mail.outbox) == 1
    links = [word for word in mail.outbox[0].body.split() if "://" in word]
    assert links
    assert all(link.startswith(f"{SITE}/en/") for link in links), links


def test_a_page_kept_by_the_page_cache_still_links_to_the_sites_address(
    client, settings, article
):
    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "press.example.org"]
    path = url_in_reading_language(article, "en")
    client.get(path, HTTP_HOST="localhost")  # kept: the head's fragment
    client.get(path, HTTP_HOST="press.example.org")

    kept = client.get(path, HTTP_HOST="press.example.org")

    assert kept["X-Page-Cache"] == "hit"
    assert head_links(kept.content.decode())["link canonical"] == [f"{SITE}{path}"]


def test_without_site_url_pages_link_to_the_host_asked(client, settings, article):
    """Development: no SITE_URL, and each host gets its own links, even from
    a part of the page kept for another host."""
    settings.SITE_URL = ""
    path = url_in_reading_language(article, "en")

    for host in HOSTS:
        response = client.get(path, HTTP_HOST=host)

        links = head_links(response.content.decode())
        assert links["link canonical"] == [f"http://{host}{path}"]
        assert links["link alternate en"] == [f"http://{host}{path}"]
