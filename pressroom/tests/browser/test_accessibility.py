"""Every public page type, in every reading language, passes axe-core.

axe-core (the npm package, ``npm ci``) is added to the page as served, as a
browser init script (which the site's Content Security Policy, rightly, does
not let a page-inserted <script> do), and run with its default rules;
serious and critical violations fail.
"""

import pytest

from .server import LANGUAGES

pytestmark = pytest.mark.browser

PAGE_TYPES = [
    "home",
    "newsroom",
    "article-interview",
    "article-photo_story",
    "article-speech",
    "standard",
    "contact",
    "calendar",
    "event",
    "search",
    "subscribe",
    "subscription-sent",
    "subscription-bad-link",
    "accreditation",
    "embargo",
    "404",
]
NOT_FOUND = {"404", "subscription-bad-link"}
FAILING_IMPACTS = {"serious", "critical"}


def describe(violations):
    return "\n".join(
        f"{v['impact']}: {v['id']} ({v['help']}) at "
        + "; ".join(", ".join(node["target"]) for node in v["nodes"][:5])
        for v in violations
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_has_no_serious_accessibility_violations(
    page, demo_site, axe_script, page_type, language
):
    page.add_init_script(path=axe_script)
    response = page.goto(demo_site.path(page_type, language))
    assert response.status == (404 if page_type in NOT_FOUND else 200)

    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")

    failing = [v for v in results["violations"] if v["impact"] in FAILING_IMPACTS]
    assert not failing, describe(failing)
