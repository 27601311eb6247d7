"""The site's address is one setting, SITE_URL, from which the others derive."""

import json
import os
import subprocess
import sys

from django.conf import settings

import pytest

READ_SETTINGS = """
import json
from pressroom.settings import base
print(json.dumps({name: getattr(base, name) for name in (
    "SITE_URL", "WAGTAILADMIN_BASE_URL", "CSRF_TRUSTED_ORIGINS",
)}))
"""


def address_settings(**environment):
    clean = {
        name: value
        for name, value in os.environ.items()
        if name
        not in {
            "SITE_URL",
            "WAGTAILADMIN_BASE_URL",
            "CSRF_TRUSTED_ORIGINS",
        }
    }
    result = subprocess.run(  # noqa: S603 - our own settings, fixed code
        [sys.executable, "-c", READ_SETTINGS],
        env={**clean, **environment},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(result.stderr)
    return json.loads(result.stdout)


def test_every_address_derives_from_site_url():
    assert address_settings(SITE_URL="https://press.example.org/") == {
        "SITE_URL": "https://press.example.org",
        "WAGTAILADMIN_BASE_URL": "https://press.example.org",
        "CSRF_TRUSTED_ORIGINS": ["https://press.example.org"],
    }


def test_the_old_variable_still_gives_the_address():
    found = address_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8080")
    assert (
        found["SITE_URL"] == found["WAGTAILADMIN_BASE_URL"] == ("http://127.0.0.1:8080")
    )


def test_explicit_trusted_origins_win():
    found = address_settings(
        SITE_URL="https://press.example.org",
        CSRF_TRUSTED_ORIGINS="https://a.example.org,https://b.example.org",
    )
    assert found["CSRF_TRUSTED_ORIGINS"] == [
        "https://a.example.org",
        "https://b.example.org",
    ]


def test_an_address_without_scheme_is_refused_at_start():
    with pytest.raises(RuntimeError, match="SITE_URL must be an address"):
        address_settings(SITE_URL="press.example.org")
