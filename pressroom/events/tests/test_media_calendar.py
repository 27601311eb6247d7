"""The media calendar: upcoming events on a page and as iCalendar, per language."""

from datetime import UTC, datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

from django.core.management import call_command
from django.utils import timezone

import icalendar
import pytest
from bs4 import BeautifulSoup

from pressroom.rendercache.models import ContentVersion
from pressroom.testing import (
    make_media_event,
    media_calendar,
    restrict,
    url_in_reading_language,
)

pytestmark = pytest.mark.django_db

BELGRADE = ZoneInfo("Europe/Belgrade")
FEED = "/{}/feeds/media-calendar.ics"


def page_titles(client, language):
    url = url_in_reading_language(media_calendar(language), language)
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".media-event__title")]


def feed_events(client, language):
    response = client.get(FEED.format(language))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_an_upcoming_event_is_on_the_page_and_in_the_feed(client):
    starts = datetime(2031, 6, 10, 11, 0, tzinfo=BELGRADE)
    event = make_media_event(
        title="Press conference on the exercise",
        place="Lipova aleja 12, Belgrade",
        starts_at=starts,
        ends_at=starts + timedelta(hours=1),
        accreditation_deadline=starts - timedelta(days=2),
        languages=["sr", "en"],
    )

    assert event.title in page_titles(client, "en")
    entry = feed_events(client, "en")[event.title]
    assert entry.decoded("dtstart") == starts.astimezone(UTC)
    assert entry.decoded("dtstart").utcoffset() == timedelta(0)
    assert entry.decoded("dtend") == (starts + timedelta(hours=1)).astimezone(UTC)
    assert str(entry["location"]) == "Lipova aleja 12, Belgrade"
    assert "Accreditation deadline: June 8, 2031, 11:00" in str(entry["description"])
    assert "Languages: Serbian, English" in str(entry["description"])
    assert str(entry["url"]).endswith(url_in_reading_language(event, "en"))

    event_page = client.get(url_in_reading_language(event, "en"))
    assert event_page.status_code == 200
    assert "Accreditation deadline" in event_page.content.decode()


def test_an_event_keeps_its_uid_when_edited(client):
    event = make_media_event(title="Media day")
    uid = str(feed_events(client, "en")["Media day"]["uid"])
    event.title = "Media day at the range"
    event.save_revision().publish()
    assert str(feed_events(client, "en")["Media day at the range"]["uid"]) == uid


@pytest.mark.parametrize(
    ("language", "title"),
    [("sr", "Дан медија на вежби"), ("sr-latn", "Dan medija na vežbi")],
)
def test_the_serbian_feed_is_in_the_reading_script(client, language, title):
    make_media_event(
        title="Дан медија на вежби",
        language_code="sr",
        place="Полигон код Ћуприје",
        languages=["sr"],
    )
    assert title in page_titles(client, language)
    entry = feed_events(client, language)[title]
    place = "Полигон код Ћуприје" if language == "sr" else "Poligon kod Ćuprije"
    assert str(entry["location"]) == place
    languages = "Језици: српски" if language == "sr" else "Jezici: srpski"
    assert languages in str(entry["description"])
    assert title not in feed_events(client, "en")
    assert title not in page_titles(client, "en")


def test_each_language_has_its_own_uid_for_an_event(client):
    make_media_event(title="Брифинг", language_code="sr")
    cyrillic = str(feed_events(client, "sr")["Брифинг"]["uid"])
    latin = str(feed_events(client, "sr-latn")["Brifing"]["uid"])
    assert cyrillic != latin


def test_hidden_and_past_events_are_left_out(client):
    draft = make_media_event(title="A draft event", publish=False)
    restricted = make_media_event(title="A restricted event")
    restrict(restricted)
    past = make_media_event(
        title="A past event", starts_at=timezone.now() - timedelta(days=1)
    )
    shown = make_media_event(title="A public event")

    titles = page_titles(client, "en")
    events = feed_events(client, "en")
    assert shown.title in titles
    assert shown.title in events
    for hidden in (draft, restricted, past):
        assert hidden.title not in titles
        assert hidden.title not in events
    assert client.get(url_in_reading_language(restricted, "en")).status_code != 200


def test_an_event_under_way_stays_until_it_ends(client):
    now = timezone.now()
    event = make_media_event(
        title="Under way",
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=1),
    )
    assert event.title in feed_events(client, "en")


def test_the_scheduler_refreshes_the_calendar_when_an_event_ends(client):
    make_media_event(
        title="Just ended", starts_at=timezone.now() + timedelta(minutes=1)
    )
    before = ContentVersion.objects.get(pk=1).number
    call_command("refresh_media_calendar", stdout=StringIO())
    assert ContentVersion.objects.get(pk=1).number == before

    later = timezone.now() + timedelta(minutes=3)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        call_command("refresh_media_calendar", stdout=StringIO())
    assert ContentVersion.objects.get(pk=1).number > before


def test_an_end_before_the_start_is_refused():
    from django.core.exceptions import ValidationError

    event = make_media_event(title="Backwards", publish=False)
    event.ends_at = event.starts_at - timedelta(hours=1)
    with pytest.raises(ValidationError):
        event.full_clean()
