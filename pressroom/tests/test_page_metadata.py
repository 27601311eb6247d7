"""Every page type, in every reading language, tells crawlers what it is:
a meta description, the icons, its Open Graph locale and the site's name."""

import json

from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from pressroom.contact.models import ContactPage
from pressroom.home.models import HomePage
from pressroom.inquiries.models import MediaInquiryPage
from pressroom.testing import (
    content_locale,
    make_article,
    make_content_page,
    make_media_event,
    make_section,
    media_calendar,
    newsroom,
    url_in_reading_language,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "sr", "sr-latn"]
OG_LOCALE = {"en": "en_GB", "sr": "sr_RS", "sr-latn": "sr_RS"}


def page_of(model, language):
    return model.objects.live().get(locale=content_locale(language))


def url_of(page_type, language):
    """The address of one page of ``page_type`` in ``language``, made for the test."""
    code = "sr" if language.startswith("sr") else "en"
    if page_type == "home":
        page = page_of(HomePage, code)
    elif page_type == "newsroom":
        page = newsroom(code)
    elif page_type == "section":
        page = make_section(language_code=code)
    elif page_type == "article":
        page = make_article(language_code=code)
    elif page_type == "content":
        page = make_content_page(language_code=code)
    elif page_type == "contact":
        page = page_of(ContactPage, code)
        page.intro = ""
        page.save_revision().publish()
    elif page_type == "inquiry":
        page = page_of(MediaInquiryPage, code)
    elif page_type == "calendar":
        page = media_calendar(code)
    elif page_type == "event":
        page = make_media_event(language_code=code)
    else:
        name = {
            "search": "search",
            "subscription": "subscriptions:subscribe",
            "figures": "inquiry_figures",
            "accreditation": "accreditation_apply",
        }[page_type]
        with translation.override(language):
            return reverse(name)
    return url_in_reading_language(Page.objects.get(pk=page.pk).specific, language)


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").head


def meta(head, key):
    tags = head.find_all("meta", attrs={"property": key}) or head.find_all(
        "meta", attrs={"name": key}
    )
    return [tag["content"] for tag in tags]


PAGE_TYPES = [
    "home",
    "newsroom",
    "section",
    "article",
    "content",
    "contact",
    "inquiry",
    "subscription",
    "search",
    "figures",
    "calendar",
    "event",
    "accreditation",
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_has_description_icons_and_locale(client, page_type, language):
    head = head_of(client, url_of(page_type, language))

    (description,) = meta(head, "description")
    assert len(description) > 20
    assert head.find("link", rel="icon", href="/favicon.ico")
    assert head.find("link", rel="manifest", href="/manifest.webmanifest")
    assert meta(head, "og:locale") == [OG_LOCALE[language]]
    alternates = meta(head, "og:locale:alternate")
    assert OG_LOCALE[language] not in alternates
    assert set(alternates) == set(OG_LOCALE.values()) - {OG_LOCALE[language]}
    # og:site_name is the title every page's <title> ends with.
    (site_name,) = meta(head, "og:site_name")
    home = page_of(HomePage, "sr" if language.startswith("sr") else "en")
    with translation.override(language):
        title = head.title.string
    assert title.endswith(site_name) or title == site_name
    if language == "en":
        assert site_name == home.title


def test_an_editors_description_comes_first(client):
    page = make_content_page(lead="")
    page.search_description = "What an editor wrote for search engines."
    page.save_revision().publish()
    head = head_of(client, page.url)
    assert meta(head, "description") == ["What an editor wrote for search engines."]


def test_a_latin_page_describes_itself_in_latin(client):
    head = head_of(client, url_of("contact", "sr-latn"))
    (description,) = meta(head, "description")
    assert "Kako" in description
    assert not any("\u0400" <= character <= "\u04ff" for character in description)


def test_an_articles_json_ld_names_publisher_logo_and_author_url(client):
    article = make_article()
    head = head_of(client, article.url)
    (script,) = head.find_all("script", type="application/ld+json")
    data = json.loads(script.string)
    logo = data["publisher"]["logo"]
    assert logo["url"] == "http://testserver/icon-512.png"
    assert (logo["width"], logo["height"]) == (512, 512)
    assert client.get("/icon-512.png").status_code == 200
    assert data["author"]["url"] == "http://testserver/en/"
    assert data["publisher"]["url"] == "http://testserver/en/"
