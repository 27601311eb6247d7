"""Every public response carries the security headers; no inline script is allowed."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/en/", "/sr/", "/sr-latn/", "/en/search/?q=nato"])
def test_public_pages_send_a_strict_content_security_policy(client, path):
    response = client.get(path)

    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == "'self'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_public_pages_have_no_inline_script_or_style(client):
    body = client.get("/sr/").content.decode()

    assert "<script>" not in body
    assert " style=" not in body
    assert "<style" not in body
