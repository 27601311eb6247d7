"""A printed page shows its content without the site's navigation and forms."""

import re

from django.contrib.staticfiles import finders

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def print_rules():
    with open(finders.find("pressroom/css/print.css"), encoding="utf-8") as css:
        return css.read()


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_every_page_links_the_print_stylesheet(client, language):
    soup = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
    link = soup.select_one('link[rel="stylesheet"][media="print"]')
    assert link["href"].endswith("pressroom/css/print.css")
    assert finders.find("pressroom/css/print.css")


def test_print_hides_navigation_forms_and_footer():
    hidden = print_rules().split("{ display: none !important; }")[0]
    selectors = {selector.strip() for selector in re.split(r"[,\n]", hidden)}
    for chrome in (".main-nav", ".language-switcher", ".site-footer", "form"):
        assert chrome in selectors


def test_print_shows_the_address_of_links_in_an_article():
    rules = print_rules()
    assert ".article-page__body a[href]::after," in rules
    assert '{ content: " (" attr(href) ")";' in rules
