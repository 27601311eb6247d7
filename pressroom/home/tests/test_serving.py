"""Pages are served as Wagtail serves them, with the site and home page kept.

``home.views.serve`` keeps the site and the home page per content version and
answers Wagtail's view-restriction check with the visibility rule's answer
from the routing query: a restricted page must still ask for a sign-in or a
password, and one restricted a moment ago must do so on the next request.
"""

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from pressroom.rendercache.reuse import content_changed
from pressroom.testing import make_article, make_section, restrict

pytestmark = pytest.mark.django_db


@pytest.fixture
def section():
    return make_section(title="Liaison notes")


def test_an_open_article_is_served(client, section):
    article = make_article(parent=section, title="An open article")
    response = client.get(article.get_url())
    assert response.status_code == 200
    assert "An open article" in response.content.decode()


@pytest.mark.parametrize("kind", ["login", "groups"])
def test_a_restricted_article_asks_for_a_sign_in(client, section, kind):
    article = make_article(parent=section, title="A closed article")
    client.get(article.get_url())  # the site and home page kept
    restrict(article, kind, groups=[Group.objects.get(name="Editors")])

    response = client.get(article.get_url())
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]
    assert client.get(response["Location"]).status_code == 200  # Wagtail's own


def test_a_password_restricted_article_shows_the_password_form(client, section):
    article = make_article(parent=section, title="A closed article")
    client.get(article.get_url())
    restriction = restrict(article, "password", password="s3cret-pw")  # noqa: S106

    response = client.get(article.get_url())
    text = response.content.decode()
    assert response.status_code == 200
    assert "The body of an article" not in text
    action = f"/en/_util/authenticate_with_password/{restriction.pk}/{article.pk}/"
    assert action in text
    response = client.post(
        action, {"password": "s3cret-pw", "return_url": article.get_url()}
    )
    assert response.status_code == 302
    text = client.get(article.get_url()).content.decode()
    assert "The body of an article" in text


def test_an_article_under_a_restricted_section_asks_for_a_sign_in(client, section):
    article = make_article(parent=section)
    client.get(article.get_url())
    restrict(section, "login")
    assert client.get(article.get_url()).status_code == 302


def test_a_restriction_made_without_a_signal_counts_once_the_version_moves(
    client, section
):
    """The kept site and home page hold no answer about restrictions: a
    restriction written in bulk (no save signal) counts as soon as the
    content version moves, as ``changes`` asks of such writes."""
    article = make_article(parent=section)
    client.get(article.get_url())
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=article, restriction_type="login")]
    )
    content_changed()
    assert client.get(article.get_url()).status_code == 302


def test_an_unseen_article_reads_the_content_version_and_itself(client, section):
    """Site, home page and the pages above are kept; the article is one query
    with its restriction answer (no second check of Wagtail's)."""
    shown = make_article(parent=section)
    article = make_article(parent=section)
    content_changed()
    assert client.get(shown.get_url()).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(article.get_url()).status_code == 200
    tables = " ".join(query["sql"] for query in captured.captured_queries)
    assert "wagtailcore_site" not in tables
    assert "wagtailcore_locale" not in tables
    assert '"wagtailcore_pageviewrestriction"."restriction_type"' not in tables
