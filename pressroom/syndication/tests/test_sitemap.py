"""sitemap.xml lists every live public page in each reading language; robots.txt."""

from xml.etree import ElementTree

from django.utils import translation

from wagtail.models import Page, PageViewRestriction

import pytest

from pressroom.news.models import ArticlePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_content")]


NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
HREFLANG = {"en": "en", "sr": "sr-Cyrl", "sr-latn": "sr-Latn"}


def sitemap(client):
    """{location: {hreflang: href}} as a crawler reads /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own output)
    entries = {}
    for url in root.findall("sm:url", NS):
        location = url.find("sm:loc", NS).text
        assert location not in entries
        entries[location] = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NS)
            if link.get("rel") == "alternate"
        }
    return entries


def absolute(page, language):
    with translation.override(language):
        return "http://testserver" + page.get_url()


def test_every_live_page_is_listed_in_every_reading_language_of_its_content(client):
    entries = sitemap(client)
    pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale")
    expected = set()
    for page in pages:
        languages = ["en"] if page.locale.language_code == "en" else ["sr", "sr-latn"]
        expected |= {absolute(page, language) for language in languages}
    assert set(entries) == expected


def test_a_translated_article_lists_all_three_alternates_and_x_default(client, english):
    article = ArticlePage.objects.live().filter(locale=english).first()
    serbian_article = article.get_translations().get()
    entries = sitemap(client)
    alternates = {
        "en": absolute(article, "en"),
        "sr-Cyrl": absolute(serbian_article, "sr"),
        "sr-Latn": absolute(serbian_article, "sr-latn"),
        "x-default": absolute(article, "en"),
    }
    for location in list(alternates.values())[:3]:
        assert entries[location] == alternates


@pytest.mark.parametrize("translated", [True, False])
def test_the_hreflang_values_match_the_pages_own_alternate_links(
    client, english, serbian, translated
):
    article = ArticlePage.objects.live().filter(locale=serbian).first()
    if not translated:
        article.get_translation(english).unpublish()
    html = client.get(absolute(article, "sr")).content.decode()
    entry = sitemap(client)[absolute(article, "sr")]
    assert "x-default" in entry
    assert html.count('rel="alternate" hreflang=') == len(entry)
    for hreflang, href in entry.items():
        assert f'hreflang="{hreflang}" href="{href}"' in html


def test_a_page_without_translation_has_only_its_own_alternates(
    client, serbian, english
):
    article = ArticlePage.objects.live().filter(locale=serbian).first()
    article.get_translation(english).unpublish()
    entry = sitemap(client)[absolute(article, "sr")]
    assert set(entry) == {"sr-Cyrl", "sr-Latn", "x-default"}
    assert entry["x-default"] == absolute(article, "sr")


def test_drafts_and_private_pages_are_not_listed(client, english):
    draft, private = ArticlePage.objects.live().filter(locale=english)[:2]
    draft.unpublish()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    entries = sitemap(client)
    listed = set(entries) | {
        href for entry in entries.values() for href in entry.values()
    }
    assert absolute(draft, "en") not in listed
    assert absolute(private, "en") not in listed


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(
    client,
):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    for path in ("/admin/", "/api/", "/en/search/", "/sr/search/", "/sr-latn/search/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines
