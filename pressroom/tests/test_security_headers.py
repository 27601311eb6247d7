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


def policy_of(response):
    return dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
    )


@pytest.mark.parametrize("path", ["/admin/login/", "/admin/"])
def test_the_admin_has_a_policy_of_its_own(admin_client, path):
    response = admin_client.get(path)

    policy = policy_of(response)
    # Wagtail's widgets start from inline scripts; nothing from elsewhere.
    assert policy["script-src"] == "'self' 'unsafe-inline'"
    assert policy["default-src"] == policy["connect-src"] == "'self'"
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["frame-src"] == "'self'"
    assert response["X-Frame-Options"] == "DENY"


def test_a_preview_may_be_framed_by_the_admin_alone(client):
    """The editor's live preview panel is a frame of the admin."""
    from pressroom.testing import make_article

    article = make_article(title="Framed in the preview panel")

    preview = article.make_preview_request(preview_mode="en")
    live = client.get(article.url)

    assert preview.status_code == 200
    assert policy_of(preview)["frame-ancestors"] == "'self'"
    assert policy_of(preview)["script-src"] == "'self'"
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert policy_of(live)["frame-ancestors"] == "'none'"
    assert live["X-Frame-Options"] == "DENY"
