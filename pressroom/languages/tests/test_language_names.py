"""A language is named in itself, the same on every form in every script."""

from django.urls import reverse
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from pressroom.inquiries.models import MediaInquiryPage

pytestmark = pytest.mark.django_db

NAMES = ["English", "Српски (ћирилица)", "Srpski (latinica)"]


def inquiry_form_options(html):
    select = BeautifulSoup(html, "html.parser").select_one(
        "select[name=reply_language]"
    )
    return [option.get_text(strip=True) for option in select.select("option")]


def subscription_form_options(html):
    labels = BeautifulSoup(html, "html.parser").select(
        "input[name=reading_language] + label"
    )
    return [label.get_text(strip=True) for label in labels]


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_both_forms_name_the_languages_alike_in_every_script(
    client, serbian, english, language
):
    locale = english if language == "en" else serbian
    with translation.override(language):
        inquiry_page = MediaInquiryPage.objects.live().get(locale=locale).get_url()
        subscribe = reverse("subscriptions:subscribe")
    inquiry_html = client.get(inquiry_page).content.decode()
    subscribe_html = client.get(subscribe).content.decode()
    assert inquiry_form_options(inquiry_html) == NAMES
    assert subscription_form_options(subscribe_html) == NAMES
