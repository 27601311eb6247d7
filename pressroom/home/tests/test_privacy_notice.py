"""The privacy notice: a page in every language, linked from the footer and
from the forms that ask for personal data."""

from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup

from pressroom.home.models import PRIVACY_SLUGS, StandardPage
from pressroom.inquiries.models import MediaInquiryPage
from pressroom.testing import content_locale, url_in_reading_language

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "sr", "sr-latn"]
TITLES = {
    "en": "Privacy notice",
    "sr": "Обавештење о приватности",
    "sr-latn": "Obaveštenje o privatnosti",
}


def privacy_url(language):
    page = StandardPage.objects.get(
        locale=content_locale(language),
        slug=PRIVACY_SLUGS["sr" if language.startswith("sr") else "en"],
    )
    return url_in_reading_language(page, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_privacy_notice_is_a_page_in_every_language(client, language):
    response = client.get(privacy_url(language))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == TITLES[language]
    assert len(soup.select("article p")) >= 4


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_links_the_privacy_notice(client, language):
    soup = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
    link = soup.select_one("footer .site-footer__privacy a")
    assert link["href"] == privacy_url(language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_forms_say_how_personal_data_is_used(client, language):
    inquiry = MediaInquiryPage.objects.live().get(locale=content_locale(language))
    with translation.override(language):
        subscribe = reverse("subscriptions:subscribe")
    for url in (url_in_reading_language(inquiry, language), subscribe):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        notice = soup.select_one("main .privacy-notice")
        assert notice is not None, url
        assert notice.a["href"] == privacy_url(language)


def test_without_the_page_the_footer_has_no_link(client):
    for page in StandardPage.objects.filter(slug__in=PRIVACY_SLUGS.values()):
        Page.objects.get(pk=page.pk).unpublish()
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert soup.select_one("footer .site-footer__privacy") is None
