"""Monitoring sees at once whether the database and the cache answer."""

from unittest import mock

from django.db.utils import OperationalError

import pytest

from pressroom.health import views

pytestmark = pytest.mark.django_db


def failing(message):
    def check():
        raise OperationalError(message)

    return check


def test_healthy_site_answers_200(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_a_broken_database_gives_503_without_details(client):
    broken = failing("disk I/O error at /var/lib/secret")
    with mock.patch.dict(views.CHECKS, database=broken):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {
        "status": "failing",
        "database": "failing",
        "cache": "ok",
    }
    assert b"secret" not in response.content


def test_a_broken_cache_gives_503(client):
    with mock.patch.dict(views.CHECKS, cache=failing("Connection refused")):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["cache"] == "failing"


def test_only_get_and_head(client):
    assert client.post("/healthz").status_code == 405
    assert client.head("/healthz").status_code == 200
