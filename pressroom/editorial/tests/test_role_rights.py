"""Editors and the head of public affairs keep the office's contacts and
topics; writers file articles under new topics; the head sets the logo."""

from django.test import Client

from wagtail.models import Site

import pytest

from pressroom.contact.models import OfficeContacts
from pressroom.editorial import roles
from pressroom.news.models import Topic
from pressroom.testing import make_contact_point, sign_in_with_second_factor

from .test_approval_workflow import staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client():
    client = Client()
    client.force_login(staff_user("test-writer", roles.EDITORS))
    return client


@pytest.fixture
def head_client():
    """The head of public affairs, signed in with both steps (two-factor group)."""
    user = staff_user("test-head", roles.HEAD_OF_PUBLIC_AFFAIRS)
    return sign_in_with_second_factor(Client(), user)


def contacts_url():
    site = Site.objects.get(is_default_site=True)
    return f"/admin/settings/contact/officecontacts/{site.pk}/"


def contacts_form(phone):
    settings = OfficeContacts.for_site(Site.objects.get(is_default_site=True))
    points = list(settings.contact_points.all())
    data = {
        "contact_points-TOTAL_FORMS": str(len(points)),
        "contact_points-INITIAL_FORMS": str(len(points)),
        "contact_points-MIN_NUM_FORMS": "0",
        "contact_points-MAX_NUM_FORMS": "1000",
    }
    for index, point in enumerate(points):
        prefix = f"contact_points-{index}-"
        data.update(
            {
                prefix + "id": str(point.pk),
                prefix + "ORDER": str(index + 1),
                prefix + "role": point.role,
                prefix + "name_en": point.name_en,
                prefix + "name_sr": point.name_sr,
                prefix + "address_en": point.address_en,
                prefix + "address_sr": point.address_sr,
                prefix + "phone": phone if index == 0 else point.phone,
                prefix + "email": point.email,
            }
        )
    return data


@pytest.mark.parametrize("role", ["editor_client", "head_client"])
def test_editors_and_the_head_edit_the_office_contacts(request, role):
    client = request.getfixturevalue(role)
    settings = OfficeContacts.for_site(Site.objects.get(is_default_site=True))
    if not settings.contact_points.exists():
        make_contact_point("office")
    assert client.get(contacts_url()).status_code == 200
    response = client.post(contacts_url(), contacts_form("+381 11 555 0100"))
    assert response.status_code == 302
    first = OfficeContacts.for_site(Site.objects.get(is_default_site=True))
    assert first.contact_points.first().phone == "+381 11 555 0100"


@pytest.mark.parametrize("role", ["editor_client", "head_client"])
def test_writers_and_the_head_create_topics(request, role, english):
    client = request.getfixturevalue(role)
    response = client.post(
        f"/admin/snippets/news/topic/add/?locale={english.language_code}",
        {"name": "Cyber defence", "slug": "cyber-defence"},
    )
    assert response.status_code == 302
    assert Topic.objects.filter(slug="cyber-defence", locale=english).exists()


def test_only_the_head_sets_the_logo(editor_client, head_client):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/branding/officelogo/{site.pk}/"
    assert head_client.get(url).status_code == 200
    assert editor_client.get(url).status_code in (302, 403)
