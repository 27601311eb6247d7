"""Serbian pages created in the admin get ASCII Latin slugs."""

from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from pressroom.home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def create_page(admin_client, parent, title, slug):
    data = nested_form_data(
        {"title": title, "slug": slug, "lead": "", "body": streamfield([])}
    )
    data["action-publish"] = "action-publish"
    return admin_client.post(f"/admin/pages/add/home/standardpage/{parent.pk}/", data)


def test_cyrillic_slug_of_a_serbian_page_becomes_ascii_latin(admin_client, serbian):
    home = HomePage.objects.get(locale=serbian)
    response = create_page(
        admin_client, home, "Посета Џорџа Ђурђевића", "посета-џорџа-ђурђевића"
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(title="Посета Џорџа Ђурђевића")
    assert page.slug == "poseta-dzordza-djurdjevica"
    assert page.live


def test_english_slugs_are_left_as_the_editor_typed_them(admin_client, english):
    home = HomePage.objects.get(locale=english)
    create_page(admin_client, home, "Café notes", "café-notes")
    assert StandardPage.objects.get(title="Café notes").slug == "café-notes"


def test_a_converted_slug_that_is_taken_is_refused_with_a_message(
    admin_client, serbian
):
    home = HomePage.objects.get(locale=serbian)
    assert home.get_children().filter(slug="kontakt").exists()
    response = create_page(admin_client, home, "Контакт", "контакт")
    assert response.status_code == 200
    assert "already in use" in response.content.decode()
