"""The Contact page shows every contact point edited in the site settings."""

from wagtail.models import Site

import pytest
from bs4 import BeautifulSoup

from pressroom.contact.models import ContactPage, ContactPoint, OfficeContacts
from pressroom.testing import make_contact_point

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def contact_points(db):
    return [make_contact_point(role) for role in ("office", "media", "public_affairs")]


@pytest.mark.parametrize("prefix", ["en", "sr", "sr-latn"])
def test_contact_page_renders_in_each_language(client, reading_url, prefix):
    page = ContactPage.objects.live().get(
        locale__language_code="en" if prefix == "en" else "sr"
    )
    response = client.get(reading_url(page, prefix))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.select("main .contact-point")) == 3


def test_an_edited_contact_appears_on_every_page(client):
    settings = OfficeContacts.for_site(Site.objects.get(is_default_site=True))
    point = settings.contact_points.get(role="media")
    point.phone = "+381 11 555 0199"
    point.address_sr = "Улица Неимара 12\n11000 Београд"
    point.save()
    assert "+381 11 555 0199" in client.get("/en/").content.decode()
    assert "Улица Неимара 12" in client.get("/sr/").content.decode()
    assert "Ulica Neimara 12" in client.get("/sr-latn/").content.decode()


def test_contact_points_are_edited_in_the_admin(admin_client):
    site = Site.objects.get(is_default_site=True)
    response = admin_client.get(f"/admin/settings/contact/officecontacts/{site.pk}/")
    assert response.status_code == 200
    assert ContactPoint.objects.count() == 3
    assert "contact_points-TOTAL_FORMS" in response.content.decode()


@pytest.mark.parametrize("prefix", ["en", "sr", "sr-latn"])
def test_the_contact_page_shows_the_contact_points_once(client, reading_url, prefix):
    page = ContactPage.objects.live().get(
        locale__language_code="en" if prefix == "en" else "sr"
    )
    soup = BeautifulSoup(client.get(reading_url(page, prefix)).content, "html.parser")
    assert len(soup.select(".contact-points")) == 1
    assert not soup.select("footer .contact-points")
    # Other pages keep them in the footer.
    home = BeautifulSoup(client.get(f"/{prefix}/").content, "html.parser")
    assert len(home.select("footer .contact-points")) == 1
