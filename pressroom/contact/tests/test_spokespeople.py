"""Spokespeople on the Contact page and on press releases, each with a vCard."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest
import vobject
from bs4 import BeautifulSoup
from wagtail_factories import ImageFactory

from pressroom.contact.models import ContactPage
from pressroom.testing import make_article, make_spokesperson, url_in_reading_language

pytestmark = pytest.mark.django_db


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def contact_page(language):
    code = "en" if language == "en" else "sr"
    return ContactPage.objects.live().get(locale__language_code=code)


def vcard_link(soup, name):
    for person in soup.select(".spokesperson"):
        if person.select_one(".spokesperson__name").get_text(strip=True) == name:
            return person.select_one("a.spokesperson__vcard")["href"]
    raise AssertionError(f"{name} is not shown")


def read_card(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    return vobject.readOne(response.content.decode())


def test_the_vcard_from_the_contact_page_carries_every_field(client):
    person = make_spokesperson(
        name_en="Ana Petrović",
        role_en="Deputy spokesperson",
        phone="+381 11 555 0123",
        email="ana.petrovic@example.org",
        languages=["en", "fr"],
        photo=ImageFactory(),
    )
    soup = soup_of(client, url_in_reading_language(contact_page("en"), "en"))
    card = read_card(client, vcard_link(soup, "Ana Petrović"))

    assert card.version.value == "3.0"
    assert card.fn.value == "Ana Petrović"
    assert card.n.value.family == "Petrović"
    assert card.n.value.given == "Ana"
    assert card.title.value == "Deputy spokesperson"
    assert card.tel.value == person.phone
    assert card.email.value == person.email
    assert card.note.value == "Languages: English, French"
    assert card.photo.value[:2] == b"\xff\xd8"  # a JPEG


@pytest.mark.parametrize(
    ("language", "name", "role"),
    [
        ("sr", "Ана Петровић", "Портпаролка"),
        ("sr-latn", "Ana Petrović", "Portparolka"),
    ],
)
def test_the_serbian_vcard_is_in_the_reading_script(client, language, name, role):
    make_spokesperson(name_sr="Ана Петровић", role_sr="Портпаролка")
    soup = soup_of(client, url_in_reading_language(contact_page(language), language))
    assert soup.select_one(".spokesperson__role").get_text(strip=True) == role
    link = vcard_link(soup, name)
    assert link.startswith(f"/{language}/")
    card = read_card(client, link)
    assert card.fn.value == name
    assert card.title.value == role
    assert card.note.value == (
        "Језици: српски, енглески" if language == "sr" else "Jezici: srpski, engleski"
    )


def test_a_press_release_names_the_spokespeople_chosen_for_releases(client):
    named = make_spokesperson(name_en="Named Person")
    make_spokesperson(name_en="Desk Only", on_press_releases=False)
    release = make_article(kind="press_release")
    news = make_article(kind="news")

    soup = soup_of(client, url_in_reading_language(release, "en"))
    names = [h.get_text(strip=True) for h in soup.select(".spokesperson__name")]
    assert named.name_en in names
    assert "Desk Only" not in names
    assert read_card(client, vcard_link(soup, named.name_en)).fn.value == named.name_en
    assert not soup_of(client, url_in_reading_language(news, "en")).select(
        ".spokesperson"
    )


def test_an_unknown_spokesperson_has_no_vcard(client):
    assert client.get("/en/spokespeople/999999.vcf").status_code == 404


def test_editors_manage_spokespeople_in_the_admin(client):
    editor = get_user_model().objects.create_user(
        username="a-writer", password="x-unused-1", is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/contact/spokesperson/add/",
        {
            "name_en": "Mila Ilić",
            "name_sr": "Мила Илић",
            "role_en": "Spokesperson",
            "role_sr": "Портпаролка",
            "phone": "",
            "email": "mila@example.org",
            "languages": ["sr", "en"],
            "sort_order": "0",
            "on_press_releases": "on",
        },
    )
    assert response.status_code == 302
    client.logout()
    soup = soup_of(client, url_in_reading_language(contact_page("en"), "en"))
    person = next(
        p
        for p in soup.select(".spokesperson")
        if p.select_one(".spokesperson__name").get_text(strip=True) == "Mila Ilić"
    )
    assert "English" in person.select_one(".spokesperson__languages").get_text()
