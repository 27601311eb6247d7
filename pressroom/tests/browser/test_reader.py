"""A reader switches reading language on an article and stays on that article."""

import re

import pytest
from playwright.sync_api import expect

from pressroom.serbian.script import to_latin

pytestmark = pytest.mark.browser

CYRILLIC = re.compile("[\u0400-\u04ff]")


def switch_to(page, label):
    """Follow the language switcher's link labelled ``label``."""
    switcher = page.get_by_role("navigation", name=re.compile("Language|Језик|Jezik"))
    switcher.get_by_role("link", name=label, exact=True).click()


def test_reader_switches_english_cyrillic_latin_and_stays_on_the_article(
    page, demo_site
):
    article = demo_site.pages["article-interview"]
    page.goto(article["en"])
    english_title = page.locator("h1").inner_text()
    expect(page.locator("html")).to_have_attribute("lang", "en")

    switch_to(page, "Ћир.")
    expect(page).to_have_url(demo_site.url + article["sr"])
    expect(page.locator("html")).to_have_attribute("lang", "sr-Cyrl")
    cyrillic_title = page.locator("h1").inner_text()
    assert CYRILLIC.search(cyrillic_title)
    assert cyrillic_title != english_title

    switch_to(page, "Lat.")
    expect(page).to_have_url(demo_site.url + article["sr-latn"])
    expect(page.locator("html")).to_have_attribute("lang", "sr-Latn")
    latin_title = page.locator("h1").inner_text()
    assert latin_title == to_latin(cyrillic_title)
    assert not CYRILLIC.search(latin_title)
    # The current language is marked, not linked.
    expect(page.locator(".language-switcher [aria-current]")).to_have_text("Lat.")


def test_the_site_root_remembers_the_readers_choice(page, demo_site):
    page.goto(demo_site.pages["article-news"]["en"])
    switch_to(page, "Lat.")
    expect(page).to_have_url(re.compile("/sr-latn/"))

    page.goto("/")

    expect(page).to_have_url(demo_site.url + "/sr-latn/")


def test_reader_searches_in_latin_without_diacritics_and_opens_the_cyrillic_article(
    page, demo_site
):
    page.goto("/sr-latn/")
    search = page.get_by_role("search").first
    search.get_by_role("searchbox").fill("vucetic")
    search.get_by_role("searchbox").press("Enter")

    expect(page).to_have_url(re.compile(r"/sr-latn/search/\?q=vucetic"))
    results = page.locator(".search-result__title a")
    expect(results.first).to_be_visible()
    assert results.count() >= 3
    # the matched name is highlighted in the reader's script
    expect(page.locator(".search-result mark").first).to_contain_text("Vučetić")
    assert not CYRILLIC.search(page.locator("main").inner_text())

    title = results.first.inner_text()
    results.first.click()
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator("html")).to_have_attribute("lang", "sr-Latn")

    switch_to(page, "Ћир.")
    expect(page.locator("h1")).to_contain_text(re.compile("[\u0400-\u04ff]"))
