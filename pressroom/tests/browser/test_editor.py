"""An editor changes a Serbian article in Cyrillic; Latin readers see the change."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from .test_content_security_policy import RECORD_VIOLATIONS

pytestmark = pytest.mark.browser


def new_editor(demo_site):
    """A new editor account on the demo site: (username, password)."""
    username = f"editor-{uuid.uuid4().hex[:8]}"
    password = uuid.uuid4().hex
    demo_site.add_editor(username, password)
    return username, password


@pytest.fixture
def editor(demo_site):
    return new_editor(demo_site)


def sign_in(page, username, password):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_editor_publishes_a_cyrillic_title_that_latin_readers_see(
    page, demo_site, editor
):
    article = demo_site.pages["article-statement"]
    # The admin's Content Security Policy blocks nothing it needs.
    page.add_init_script(RECORD_VIOLATIONS)
    sign_in(page, *editor)

    page.goto(f"/admin/pages/{article['sr_id']}/edit/")
    page.locator("#id_title").fill("Измењено: помоћ Љубовији и Шапцу")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.get_by_text("has been published")).to_be_visible()
    assert page.evaluate("window.cspViolations") == []

    page.goto(article["sr-latn"])
    expect(page.locator("h1")).to_have_text("Izmenjeno: pomoć Ljuboviji i Šapcu")
    page.goto(article["sr"])
    expect(page.locator("h1")).to_have_text("Измењено: помоћ Љубовији и Шапцу")
