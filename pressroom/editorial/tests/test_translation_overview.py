"""The translation overview shows what is missing and what is out of date."""

from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.text import slugify

import pytest
from bs4 import BeautifulSoup

from pressroom.editorial import roles
from pressroom.news.models import ArticleKind, ArticlePage, NewsIndexPage
from pressroom.testing import (
    make_article,
    make_translation,
    sign_in_with_second_factor,
)

pytestmark = pytest.mark.django_db

OVERVIEW = reverse("editorial_translation_overview")


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_user(
        username="translator", password="x", is_staff=True
    )
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    client.force_login(user)
    return client


def overview(client, **params):
    """{article title: {language: status}} as the overview's table shows it."""
    response = client.get(OVERVIEW, params)
    assert response.status_code == 200
    table = BeautifulSoup(response.text, "html.parser").find(id="translation-overview")
    if table is None:
        return {}
    rows = {}
    for row in table.tbody.find_all("tr"):
        title = row.th.contents[0].strip()
        rows[title] = {
            cell["data-language"]: cell["class"][0].removeprefix("translation-")
            for cell in row.find_all("td")
        }
    return rows


@pytest.fixture
def press_release_factory(english):
    """Return a function publishing an English press release without translation."""
    newsroom = NewsIndexPage.objects.get(locale=english, slug="latest-news")

    def make(title):
        page = ArticlePage(
            title=title,
            slug=slugify(title),
            kind=ArticleKind.PRESS_RELEASE,
            date=date(2026, 11, 22),
            lead="A visit.",
        )
        newsroom.add_child(instance=page)
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def untranslated(press_release_factory):
    """A live English press release that has no Serbian version yet."""
    return press_release_factory("Ambassador visits the office")


@pytest.fixture(autouse=True)
def translated(db):
    """English articles of three kinds, each with its Serbian translation."""
    made = []
    for title, kind in (
        ("Exercise opens", ArticleKind.NEWS),
        ("Office opens a press centre", ArticleKind.PRESS_RELEASE),
        ("Speech at the forum", ArticleKind.SPEECH),
    ):
        article = make_article(title=title, kind=kind)
        make_translation(article, title=f"Превод: {title}")
        made.append(article)
    return made


def demo_article(translated):
    return translated[0]


def test_every_article_is_listed_with_an_up_to_date_serbian_version(
    editor_client, english
):
    rows = overview(editor_client)
    titles = set(
        ArticlePage.objects.filter(locale=english).values_list("title", flat=True)
    )
    assert set(rows) == titles
    assert all(row == {"en": "source", "sr": "up_to_date"} for row in rows.values())


def test_an_article_without_a_serbian_version_is_missing_and_can_be_translated(
    editor_client, untranslated
):
    assert overview(editor_client)[untranslated.title] == {
        "en": "source",
        "sr": "missing",
    }
    assert list(overview(editor_client, show="missing")) == [untranslated.title]
    page = editor_client.get(OVERVIEW, {"show": "missing"}).text
    translate = reverse(
        "simple_translation:submit_page_translation", args=[untranslated.pk]
    )
    assert f'href="{translate}"' in page


def test_a_translation_that_was_never_published_counts_as_missing(
    editor_client, untranslated, serbian
):
    untranslated.copy_for_translation(serbian)
    assert overview(editor_client, show="missing")[untranslated.title] == {
        "en": "source",
        "sr": "unpublished",
    }


def test_a_translation_older_than_a_change_to_its_source_is_outdated(
    editor_client, translated, serbian
):
    source = demo_article(translated)
    source.lead = "A corrected lead."
    source.save_revision().publish()
    assert overview(editor_client, show="outdated") == {
        source.title: {"en": "source", "sr": "outdated"}
    }
    translation = source.get_translation(serbian)
    translation.save_revision().publish()
    assert overview(editor_client, show="outdated") == {}
    assert overview(editor_client)[source.title]["sr"] == "up_to_date"


def test_a_draft_change_to_the_source_does_not_outdate_the_translation(
    editor_client, translated
):
    source = demo_article(translated)
    source.lead = "A lead not yet published."
    source.save_revision()
    assert overview(editor_client, show="outdated") == {}


def test_filter_by_kind(editor_client, english, untranslated):
    press_releases = set(
        ArticlePage.objects.filter(
            locale=english, kind=ArticleKind.PRESS_RELEASE
        ).values_list("title", flat=True)
    )
    assert len(press_releases) == 2
    assert set(overview(editor_client, kind="press_release")) == press_releases
    assert list(overview(editor_client, kind="speech", show="missing")) == []


def test_an_unknown_filter_is_ignored_with_a_message(editor_client):
    response = editor_client.get(OVERVIEW, {"kind": "gossip", "show": "everything"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert len(overview(editor_client, kind="gossip")) == len(overview(editor_client))


def test_the_overview_is_in_the_admin_menu_and_only_for_signed_in_staff(
    client, editor_client
):
    assert OVERVIEW in editor_client.get(reverse("wagtailadmin_home")).text
    client.logout()
    response = client.get(OVERVIEW)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_the_overview_reads_every_article_in_a_fixed_number_of_queries(
    editor_client, press_release_factory, django_assert_max_num_queries
):
    with CaptureQueriesContext(connection) as before:
        overview(editor_client)
    for number in range(5):
        press_release_factory(f"Release number {number}")
    with django_assert_max_num_queries(len(before.captured_queries)):
        rows = overview(editor_client)
    assert "Release number 4" in rows


@pytest.mark.parametrize("group", ["HQ press office", "Media desk"])
def test_staff_who_do_not_write_pages_cannot_see_it(client, group):
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user(
        username="outsider", password="x", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group))
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    sign_in_with_second_factor(client, user)

    # Wagtail's admin answers a refused permission by sending the user home.
    refused = client.get(OVERVIEW)
    assert refused.status_code == 302
    assert refused["Location"] == "/admin/"
    assert OVERVIEW not in client.get("/admin/").content.decode()
