"""Editors keep names and their spellings; conversion writes the registered form."""

import doctest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest
from bs4 import BeautifulSoup

from pressroom.serbian import names
from pressroom.serbian.models import Name
from pressroom.serbian.names import alias_terms, apply_names
from pressroom.testing import make_article, make_translation


def test_documented_examples_hold():
    assert doctest.testmod(names).failed == 0


@pytest.mark.parametrize(
    ("text", "converted"),
    [
        ("Stoltenberg je rekao", "Столтенберг je rekao"),
        ("sa Stoltenbergom", "sa Столтенбергом"),
        ("STOLTENBERG", "Столтенберг"),
        ("Stoltenbergovski institut", "Stoltenbergovski institut"),
        ("mail stoltenberg@example.org", "mail stoltenberg@example.org"),
        ("Tod D. Wolters i Wolters", "Тод Д. Волтерс i Волтерс"),
    ],
)
def test_registered_spellings_become_the_cyrillic_form(text, converted):
    register = {
        "Stoltenberg": "Столтенберг",
        "Tod D. Wolters": "Тод Д. Волтерс",
        "Wolters": "Волтерс",
    }
    assert apply_names(text, register) == converted


def test_in_html_only_the_text_changes():
    html = '<a href="/stoltenberg" title="Stoltenberg">Stoltenberg</a>'
    assert apply_names(html, {"Stoltenberg": "Столтенберг"}, html=True) == (
        '<a href="/stoltenberg" title="Stoltenberg">Столтенберг</a>'
    )


def test_spellings_are_paired_word_by_word_for_search():
    aliases = alias_terms([["Тод Д. Волтерс", "Tod D. Wolters"]], "sr")
    assert aliases["volters"] == {"wolters"}
    assert aliases["wolters"] == {"volters"}
    assert "tod" not in aliases  # the same term in both scripts


def test_spellings_of_unequal_length_pair_their_last_words():
    aliases = alias_terms([["Волтерс", "Gen. Wolters"]], "en")
    assert aliases == {"volter": {"wolter"}, "wolter": {"volter"}}


@pytest.mark.django_db
def test_editors_keep_the_register_in_the_admin(client):
    writer = get_user_model().objects.create_user("w", password="pw-123456789")
    writer.groups.add(Group.objects.get(name="Editors"))
    client.force_login(writer)
    response = client.post(
        "/admin/snippets/serbian/name/add/",
        {"cyrillic": "Тод Д. Волтерс", "spellings": "Tod D. Wolters\nTodd Wolters"},
    )
    assert response.status_code == 302, response.content[:2000]
    name = Name.objects.get()
    assert name.all_spellings == ["Тод Д. Волтерс", "Tod D. Wolters", "Todd Wolters"]


@pytest.fixture
def latin_draft(serbian):
    article = make_translation(
        make_article(title="Exercise opens"), title="Почела вежба „Дрински штит“"
    )
    draft = article.get_latest_revision_as_object()
    draft.lead = "Sastanak sa generalom Woltersom i agencijom Reuters."
    draft.save_revision()
    return article


@pytest.mark.django_db
def test_conversion_writes_the_registered_cyrillic_form(admin_client, latin_draft):
    Name.objects.create(cyrillic="Волтерс", spellings="Wolters")
    response = admin_client.get(f"/admin/serbian/convert-to-cyrillic/{latin_draft.pk}/")
    cells = [
        td.get_text(strip=True)
        for td in BeautifulSoup(response.content, "html.parser").select("tbody td")
    ]
    assert "Састанак са генералом Волтерсом и агенцијом Реутерс." in cells


@pytest.mark.django_db
def test_the_box_of_words_kept_in_latin_starts_with_the_register(
    admin_client, latin_draft
):
    Name.objects.create(cyrillic="", spellings="Reuters")
    Name.objects.create(cyrillic="Волтерс", spellings="Wolters")
    url = f"/admin/serbian/convert-to-cyrillic/{latin_draft.pk}/"
    page = BeautifulSoup(admin_client.get(url).content, "html.parser")
    assert page.select_one("#id_foreign_words").get_text() == "Reuters"
    cells = [td.get_text(strip=True) for td in page.select("tbody td")]
    assert "Састанак са генералом Волтерсом и агенцијом Reuters." in cells
    # The editor's own list, once sent, is used as sent.
    page = BeautifulSoup(
        admin_client.get(url, {"foreign_words": ""}).content, "html.parser"
    )
    assert page.select_one("#id_foreign_words").get_text() == ""
