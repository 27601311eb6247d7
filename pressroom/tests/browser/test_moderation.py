"""A writer submits a change; it goes live when the head of public affairs approves.

The demo's role accounts (``writer`` in Editors, ``head`` in Head of public
affairs; see README) sign in to the admin in turn.
"""

import pytest
from playwright.sync_api import expect

from .test_editor import sign_in

pytestmark = pytest.mark.browser

DEMO_PASSWORD = "pressroom-demo"
NEW_TITLE = "Говор о партнерству, допуњен"
NEW_TITLE_LATIN = "Govor o partnerstvu, dopunjen"


def test_a_writers_change_goes_live_when_the_head_approves(page, demo_site):
    article = demo_site.pages["article-speech"]
    edit = f"/admin/pages/{article['sr_id']}/edit/"

    sign_in(page, "writer", DEMO_PASSWORD)
    page.goto(edit)
    page.locator("#id_title").fill(NEW_TITLE)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Press office approval").click()
    expect(page.get_by_text("submitted for moderation")).to_be_visible()

    page.goto(article["sr-latn"])
    expect(page.locator("h1")).not_to_have_text(NEW_TITLE_LATIN)

    page.context.clear_cookies()
    sign_in(page, "head", DEMO_PASSWORD)
    page.goto(edit)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(page.get_by_text("has been updated")).to_be_visible()

    page.goto(article["sr-latn"])
    expect(page.locator("h1")).to_have_text(NEW_TITLE_LATIN)
