"""Production settings: the deployment checks pass; a missing secret stops the
start; the database options of DATABASE_URL are kept; HSTS preloading is
opt-in; an account with the demo's password stops the deployment check and
the application's start."""

import importlib
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import SystemCheckError

import pytest

from pressroom.demo.checks import (
    check_demo_passwords,
    refuse_demo_passwords,
    users_with_demo_password,
)

BASE_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "pressroom.settings.production",
    "SECRET_KEY": "a-production-like-secret-key-" + "x" * 40,
    "ALLOWED_HOSTS": "mlo.example.org",
    "SITE_URL": "https://mlo.example.org",
    "DATABASE_URL": f"sqlite:///{BASE_DIR / 'var' / 'deploy-check.sqlite3'}",
}


def manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    return subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_has_no_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = manage("check", env=env)

    assert result.returncode != 0
    assert "The environment variable SECRET_KEY must be set in production." in (
        result.stderr
    )


def without(*names):
    return {k: v for k, v in PRODUCTION_ENV.items() if k not in names}


def test_production_refuses_to_start_without_the_sites_address():
    result = manage("check", env=without("SITE_URL"))

    assert result.returncode != 0
    assert "The environment variable SITE_URL must be set in production" in (
        result.stderr
    )


@pytest.mark.parametrize(
    "address", ["http://mlo.example.org", "http://10.0.0.5:8080", "ftp://mlo.org"]
)
def test_production_refuses_a_plain_http_address_off_the_loopback(address):
    result = manage("check", env={**PRODUCTION_ENV, "SITE_URL": address})

    assert result.returncode != 0
    assert "SITE_URL must be an" in result.stderr


@pytest.mark.parametrize(
    "address",
    [
        "https://mlo.example.org",
        "http://127.0.0.1:8080",
        "http://localhost:8080",
        "http://[::1]:8080",
    ],
)
def test_production_accepts_https_or_plain_http_on_the_loopback(address):
    env = {**PRODUCTION_ENV, "SITE_URL": address}

    assert production_setting("settings.WAGTAILADMIN_BASE_URL", env) == address


def production_setting(expression, env):
    """``expression`` (of ``settings``) evaluated under production settings."""
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    result = subprocess.run(  # noqa: S603 - our own settings, fixed code
        [
            sys.executable,
            "-c",
            f"from django.conf import settings; print({expression})",
        ],
        cwd=BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def database_options(env):
    """The database OPTIONS production settings make of ``env``."""
    return production_setting(
        "sorted(settings.DATABASES['default']['OPTIONS'].items())", env
    )


def test_hsts_preloading_is_off_unless_the_office_opts_in():
    assert production_setting("settings.SECURE_HSTS_PRELOAD", PRODUCTION_ENV) == (
        "False"
    )
    opted_in = {**PRODUCTION_ENV, "SECURE_HSTS_PRELOAD": "true"}
    assert production_setting("settings.SECURE_HSTS_PRELOAD", opted_in) == "True"


def test_postgresql_keeps_the_urls_options_with_or_without_prepared_statements():
    url = (
        "postgres://press:secret@db.example.org:5432/press?sslmode=require"
        "&options=-c%20statement_timeout%3D5000"
    )
    env = {**PRODUCTION_ENV, "DATABASE_URL": url}
    prepared = database_options(env)
    assert "('sslmode', 'require')" in prepared
    assert "('options', '-c statement_timeout=5000 -c jit=off')" in prepared
    assert "('prepare_threshold', 5)" in prepared
    plain = database_options({**env, "DATABASE_PREPARED_STATEMENTS": "0"})
    assert "('sslmode', 'require')" in plain
    assert "('options', '-c statement_timeout=5000 -c jit=off')" in plain
    assert "prepare_threshold" not in plain


# No demo accounts in production: the demo's password stops the deployment
# check and the application's start (pressroom/demo/checks.py).

DEMO_ACCOUNTS = ("editor", "writer", "head")


@pytest.mark.django_db
@pytest.mark.demo
def test_check_deploy_fails_while_an_account_has_the_demo_password():
    with pytest.raises(SystemCheckError) as failure:
        call_command("check", "--deploy", "--fail-level", "ERROR")

    message = str(failure.value)
    assert "pressroom.demo.E001" in message
    assert "demo's well-known password" in message
    assert "editor, head, writer" in message
    assert "manage.py changepassword" in message


@pytest.mark.django_db
@pytest.mark.demo
def test_the_application_refuses_to_start_with_the_demo_password(settings):
    settings.DEMO_FIXED_PASSWORDS = False
    sys.modules.pop("pressroom.wsgi", None)
    try:
        with pytest.raises(ImproperlyConfigured, match="Refusing to start.*head"):
            importlib.import_module("pressroom.wsgi")
    finally:
        sys.modules.pop("pressroom.wsgi", None)


@pytest.mark.django_db
@pytest.mark.demo
def test_changepassword_clears_the_way(settings, monkeypatch):
    settings.DEMO_FIXED_PASSWORDS = False
    monkeypatch.setattr(
        "django.contrib.auth.management.commands.changepassword.getpass.getpass",
        lambda prompt="": "a long new passphrase 7",
    )
    for username in DEMO_ACCOUNTS[:2]:
        call_command("changepassword", username, stdout=StringIO())
    assert users_with_demo_password() == ["head"]

    call_command("changepassword", "head", stdout=StringIO())

    assert check_demo_passwords() == []
    refuse_demo_passwords()  # does not raise
