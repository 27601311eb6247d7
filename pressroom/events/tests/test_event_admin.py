"""Editors write media events in the admin, Belgrade time, languages ticked."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest

from pressroom.events.models import MediaEventPage
from pressroom.testing import media_calendar

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = get_user_model().objects.create_user(
        username="an-events-writer", password="x-unused-2", is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def event_form(languages=("en", "sr"), **changes):
    # The tick boxes post one value each under one name.
    form = nested_form_data(
        {
            "title": "Media day at the range",
            "slug": "media-day-at-the-range",
            "starts_at": "2031-05-20 09:30",
            "ends_at": "2031-05-20 13:00",
            "place": "Belgrade",
            "accreditation_deadline": "2031-05-15 12:00",
            "description": "Journalists follow the exercise.",
            "comments": inline_formset([]),
            "action-submit": "1",
            **changes,
        }
    )
    form["languages"] = list(languages)
    return form


def add_url(calendar):
    return reverse(
        "wagtailadmin_pages:add", args=["events", "mediaeventpage", calendar.pk]
    )


def test_an_editor_submits_an_event_in_belgrade_time(editor_client):
    calendar = media_calendar("en")
    response = editor_client.post(add_url(calendar), event_form())
    assert response.status_code == 302
    event = MediaEventPage.objects.get(slug="media-day-at-the-range")
    assert event.starts_at == datetime(
        2031, 5, 20, 9, 30, tzinfo=ZoneInfo("Europe/Belgrade")
    )
    assert event.languages == ["en", "sr"]
    assert not event.live  # waits for the head of public affairs

    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    assert edit.status_code == 200
    assert 'value="fr"' in edit.content.decode()


def test_an_event_ending_before_it_starts_is_a_form_error(editor_client):
    calendar = media_calendar("en")
    response = editor_client.post(
        add_url(calendar), event_form(ends_at="2031-05-20 08:00")
    )
    assert response.status_code == 200
    assert not MediaEventPage.objects.filter(slug="media-day-at-the-range").exists()
    assert "The event must end after it starts." in response.content.decode()


def test_an_unknown_language_is_a_form_error(editor_client):
    response = editor_client.post(
        add_url(media_calendar("en")), event_form(languages=["xx"])
    )
    assert response.status_code == 200
    assert not MediaEventPage.objects.filter(slug="media-day-at-the-range").exists()
