"""Public pages work under their Content Security Policy: the browser blocks nothing."""

import pytest
from playwright.sync_api import expect

from .server import LANGUAGES

pytestmark = pytest.mark.browser

RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "page_type", ["home", "newsroom", "article-photo_story", "search"]
)
def test_the_browser_enforces_the_policy_and_blocks_nothing(
    page, demo_site, page_type, language
):
    page.add_init_script(RECORD_VIOLATIONS)

    response = page.goto(demo_site.path(page_type, language))

    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("load")
    assert page.evaluate("window.cspViolations") == []


def test_the_admin_runs_under_its_policy_and_its_live_preview_shows(page, demo_site):
    """The editor's preview panel is a frame of the admin: before its preview
    could be framed by the site itself, Chromium refused it (frame-ancestors
    'none') and editors could preview only in a new tab."""
    from .test_editor import new_editor, sign_in

    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.add_init_script(RECORD_VIOLATIONS)
    article = demo_site.pages["article-news"]
    sign_in(page, *new_editor(demo_site))

    response = page.goto(f"/admin/pages/{article['sr_id']}/edit/")
    page.get_by_role("button", name="Toggle preview").click()
    title = page.locator("#id_title").input_value()
    preview = page.frame_locator("#w-preview-iframe")
    # The first preview renders the draft afresh: give it time.
    expect(preview.locator("h1")).to_have_text(title, timeout=30_000)

    assert refused == []
    assert page.evaluate("window.cspViolations") == []
    policy = response.headers["content-security-policy"]
    assert "script-src 'self' 'unsafe-inline';" in policy + ";"
    assert "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
