"""Keyboard only: the skip link, the switcher, the search, the inquiry and
accreditation forms, the media calendar and an embargoed release."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# The element that has the focus, and whether its focus can be seen.
FOCUSED = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        text: element.textContent.trim(),
        id: element.id,
        skipLink: element.classList.contains("skip-link"),
        inSwitcher: Boolean(element.closest(".language-switcher")),
        name: element.getAttribute("name") || "",
        type: element.getAttribute("type") || element.tagName.toLowerCase(),
        focusVisible: element.matches(":focus-visible"),
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0
            && box.top < window.innerHeight,
    };
}"""
MAX_TABS = 10


def tab(page):
    page.keyboard.press("Tab")
    return page.evaluate(FOCUSED)


def assert_focus_is_visible(focused):
    assert focused["focusVisible"], focused
    assert focused["outlineStyle"] not in ("none", "hidden"), focused
    assert focused["outlineWidth"] >= 2, focused
    assert focused["onScreen"], focused


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_tab_reaches_the_skip_link_then_the_language_switcher(
    page, demo_site, language
):
    page.goto(demo_site.path("article-interview", language))
    switcher_links = page.locator(".language-switcher a").all_inner_texts()
    assert len(switcher_links) == 2

    focused = tab(page)
    assert focused["skipLink"], focused
    assert_focus_is_visible(focused)

    reached = []
    for _ in range(MAX_TABS):
        focused = tab(page)
        if focused["inSwitcher"]:
            assert_focus_is_visible(focused)
            reached.append(focused["text"])
        elif reached:
            break
    assert reached == switcher_links


def test_the_skip_link_moves_the_focus_to_the_main_content(page, demo_site):
    page.goto(demo_site.path("home", "en"))
    tab(page)
    page.keyboard.press("Enter")
    assert page.evaluate(FOCUSED)["id"] == "main"


def test_a_keyboard_reader_switches_language_with_enter(page, demo_site):
    article = demo_site.pages["article-news"]
    page.goto(article["en"])
    for _ in range(MAX_TABS):
        if tab(page)["text"] == "Ћир.":
            break
    else:
        pytest.fail("Tab never reached the Ћир. link")

    page.keyboard.press("Enter")

    expect(page).to_have_url(demo_site.url + article["sr"])


def tab_until(page, wanted, limit=40):
    """Press Tab until ``wanted(focused)`` holds; fail if it never does."""
    for _ in range(limit):
        focused = tab(page)
        if wanted(focused):
            return focused
    pytest.fail(f"Tab never reached the element after {limit} presses")


@pytest.mark.parametrize("language", ["en", "sr-latn"])
def test_a_keyboard_reader_searches_from_the_header(page, demo_site, language):
    page.goto(demo_site.path("home", language))

    focused = tab_until(page, lambda f: f["name"] == "q")
    assert_focus_is_visible(focused)
    page.keyboard.type("vucetic")
    page.keyboard.press("Enter")

    expect(page).to_have_url(f"{demo_site.url}/{language}/search/?q=vucetic")
    expect(page.locator("main")).to_contain_text("Vučetić")


def test_a_keyboard_journalist_reaches_every_field_and_the_send_button(page, demo_site):
    page.goto(demo_site.path("inquiry", "en"))

    focused = tab_until(page, lambda f: f["name"] == "name")
    assert_focus_is_visible(focused)
    page.keyboard.type("Mila Keyboard")
    # Every field, then the send button, is reachable in order.
    reached = {focused["name"]}
    while focused["type"] != "submit":
        focused = tab(page)
        if focused["name"]:
            reached.add(focused["name"])
    assert {"name", "outlet", "email", "subject", "question"} <= reached
    assert focused["focusVisible"] and focused["outlineWidth"] >= 2, focused
    # The page scrolls smoothly to the button (unless motion is reduced).
    expect(page.locator(":focus")).to_be_in_viewport()


IN_EVENT_TITLE = "() => Boolean(document.activeElement.closest('.media-event__title'))"
IN_FEED_LINK = "() => Boolean(document.activeElement.closest('.media-calendar__feed'))"


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_a_keyboard_journalist_opens_an_event_from_the_media_calendar(
    page, demo_site, language
):
    page.goto(demo_site.path("calendar", language))

    for _ in range(40):
        focused = tab(page)
        if page.evaluate(IN_EVENT_TITLE):
            break
    else:
        pytest.fail("Tab never reached an event")
    assert_focus_is_visible(focused)
    for _ in range(40):
        if page.evaluate(IN_FEED_LINK):
            break
        feed = tab(page)
    else:
        pytest.fail("Tab never reached the calendar feed")
    # Seen once the page has scrolled to it (smoothly, unless motion is reduced).
    assert feed["focusVisible"] and feed["outlineWidth"] >= 2, feed
    expect(page.locator(":focus")).to_be_in_viewport()
    expect(page.locator(":focus")).to_have_attribute(
        "href", f"/{language}/feeds/media-calendar.ics"
    )

    page.goto(demo_site.path("calendar", language))
    while not page.evaluate(IN_EVENT_TITLE):
        tab(page)
    page.keyboard.press("Enter")
    expect(page).to_have_url(demo_site.url + demo_site.path("event", language))


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_a_keyboard_journalist_applies_for_accreditation(page, demo_site, language):
    page.goto(demo_site.path("accreditation", language))

    focused = tab_until(page, lambda f: f["name"] == "name")
    assert_focus_is_visible(focused)
    reached = {focused["name"]}
    while focused["type"] != "submit":
        focused = tab(page)
        if focused["name"]:
            assert_focus_is_visible(focused)
            reached.add(focused["name"])
    # Every field and the file chooser, never the field people do not see.
    assert {"name", "outlet", "role", "email", "reading_language"} <= reached
    assert "press_card" in reached
    assert "website" not in reached
    assert focused["focusVisible"] and focused["outlineWidth"] >= 2, focused
    expect(page.locator(":focus")).to_be_in_viewport()


EMBARGO_WORD = {"en": "EMBARGOED", "sr": "ЕМБАРГО", "sr-latn": "EMBARGO"}


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn"])
def test_the_skip_link_leads_to_the_embargo_banner(page, demo_site, language):
    page.goto(demo_site.path("embargo", language))

    assert tab(page)["skipLink"]
    page.keyboard.press("Enter")

    assert page.evaluate(FOCUSED)["id"] == "main"
    banner = page.locator("main .embargo-banner")
    expect(banner).to_be_in_viewport()
    expect(banner).to_contain_text(EMBARGO_WORD[language])
