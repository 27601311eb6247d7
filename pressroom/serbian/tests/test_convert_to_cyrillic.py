"""Editors turn Latin text pasted into a Serbian draft into Cyrillic, with a preview."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

import pytest
from bs4 import BeautifulSoup

from pressroom.news.models import ArticlePage
from pressroom.testing import make_article, make_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def latin_draft(serbian):
    """A Serbian article whose latest draft has Latin text pasted in."""
    article = make_translation(
        make_article(title="Exercise opens"), title="Почела вежба „Дрински штит“"
    )
    draft = article.get_latest_revision_as_object()
    draft.lead = "Džordž Ljubić je posetio Njegoševu ulicu."
    draft.body = [
        {
            "type": "paragraph",
            "value": '<p>Pišite na <a href="https://www.example.org/nadzor">'
            "press@mlo-belgrade.example.org</a> ili posetite NATO.</p>",
        },
        {
            "type": "quote",
            "value": {"text": "Nadživeti sve", "attribution": "Petar II"},
        },
    ]
    draft.save_revision()
    return article


def url(article):
    return f"/admin/serbian/convert-to-cyrillic/{article.pk}/"


def test_preview_shows_each_change_before_it_is_applied(admin_client, latin_draft):
    response = admin_client.get(url(latin_draft))
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("tbody tr")
    changes = {
        row.th.get_text(strip=True): [
            cell.get_text(strip=True) for cell in row.select("td")
        ]
        for row in rows
    }
    assert changes["Lead"] == [
        "Džordž Ljubić je posetio Njegoševu ulicu.",
        "Џорџ Љубић је посетио Његошеву улицу.",
    ]
    assert changes["Body › Quote › Quotation"][1] == "Надживети све"
    # nothing is saved by looking
    assert latin_draft.get_latest_revision_as_object().lead.startswith("Džordž")


def test_applying_saves_a_cyrillic_draft_and_leaves_the_live_page(
    admin_client, latin_draft
):
    live_lead = ArticlePage.objects.get(pk=latin_draft.pk).lead
    preview = admin_client.get(url(latin_draft))
    revision = BeautifulSoup(preview.content, "html.parser").select_one(
        'input[name="revision"]'
    )["value"]
    response = admin_client.post(url(latin_draft), {"apply": "1", "revision": revision})
    assert response.status_code == 302

    draft = ArticlePage.objects.get(pk=latin_draft.pk).get_latest_revision_as_object()
    assert draft.lead == "Џорџ Љубић је посетио Његошеву улицу."
    paragraph = draft.body[0].value.source
    assert 'href="https://www.example.org/nadzor"' in paragraph
    assert "press@mlo-belgrade.example.org" in paragraph
    assert "Пишите на" in paragraph
    assert "НАТО" in paragraph
    assert draft.body[1].value["attribution"] == "Петар II"
    assert ArticlePage.objects.get(pk=latin_draft.pk).lead == live_lead


def test_words_marked_foreign_stay_latin(admin_client, latin_draft):
    response = admin_client.get(url(latin_draft), {"foreign_words": "NATO"})
    assert "НАТО" not in response.content.decode()


def test_a_stale_preview_is_not_applied(admin_client, latin_draft):
    response = admin_client.post(url(latin_draft), {"apply": "1", "revision": "0"})
    assert response.status_code == 200
    assert latin_draft.get_latest_revision_as_object().lead.startswith("Džordž")


def test_english_pages_are_not_converted(admin_client, english):
    article = make_article(title="Exercise opens")
    response = admin_client.get(url(article))
    assert response.status_code == 302
    assert response["Location"].endswith(f"/admin/pages/{article.pk}/edit/")


def test_users_who_cannot_edit_the_page_are_refused(client, latin_draft):
    user = get_user_model().objects.create_user("reader", password="pw-reader-1")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.post(url(latin_draft), {"apply": "1"})
    # Wagtail answers a refused admin action by sending the user back to the dashboard
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert latin_draft.get_latest_revision_as_object().lead.startswith("Džordž")


def test_the_editor_offers_the_conversion_on_serbian_pages_only(
    admin_client, latin_draft, english
):
    serbian_edit = admin_client.get(f"/admin/pages/{latin_draft.pk}/edit/")
    assert url(latin_draft) in serbian_edit.content.decode()
    article = make_article(title="Exercise opens")
    english_edit = admin_client.get(f"/admin/pages/{article.pk}/edit/")
    assert url(article) not in english_edit.content.decode()
