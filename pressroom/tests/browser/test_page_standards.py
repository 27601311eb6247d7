"""What Lighthouse checks, on every public page type in every language: no
console error (a missing favicon was one), icons that load, a description,
and a listing whose first picture is not lazy-loaded."""

import pytest

from .server import LANGUAGES

pytestmark = pytest.mark.browser

PAGE_TYPES = [
    "home",
    "newsroom",
    "article-news",
    "article-photo_story",
    "standard",
    "contact",
    "inquiry",
    "search",
    "subscribe",
]
# Pages whose largest paint is a listing's first picture.
LISTINGS = {"home": ".featured img, .cards img", "newsroom": ".cards img"}


def visit(page, url):
    """Open ``url``; return the console errors, page errors and failed requests."""
    problems = []
    page.on(
        "console",
        lambda message: (
            message.type == "error" and problems.append(f"console: {message.text}")
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and problems.append(f"{response.status} {response.url}")
        ),
    )
    response = page.goto(url)
    assert response.status == 200
    page.wait_for_load_state("load")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_loads_without_errors_and_describes_itself(
    page, demo_site, page_type, language
):
    problems = visit(page, demo_site.path(page_type, language))
    # The browser asks for the icons itself; they must load.
    for href in ("/favicon.ico", "/apple-touch-icon.png", "/manifest.webmanifest"):
        response = page.request.get(demo_site.url + href)
        if not response.ok:
            problems.append(f"{response.status} {href}")
    assert problems == []
    description = page.locator('meta[name="description"]').get_attribute("content")
    assert description and description.strip()
    assert page.locator('link[rel="icon"]').count() >= 1


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", sorted(LISTINGS))
def test_a_listings_first_picture_is_not_lazy(page, demo_site, page_type, language):
    page.goto(demo_site.path(page_type, language))
    first = page.locator(LISTINGS[page_type]).first
    assert first.get_attribute("loading") != "lazy"
    assert first.get_attribute("fetchpriority") == "high"
    # And it is loaded once the page is.
    page.wait_for_load_state("load")
    assert first.evaluate("image => image.complete && image.naturalWidth > 0")
