"""Public pages work under their Content Security Policy: the browser blocks nothing."""

import pytest

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
