"""The media calendar as iCalendar (RFC 5545), written with ``icalendar``.

One feed per reading language. Each event keeps its UID across edits (made
from the page's translation key and the reading language: the English and
Serbian versions are one event told in two languages, and a reader who
subscribes to both sees each once per language). Times are written in UTC.
The texts of ``/sr-latn/`` are converted from the Cyrillic here, as the
vCards and e-mails are: the Latin middleware converts markup, not calendars.
"""

from datetime import UTC

from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

import icalendar

from pressroom.languages.dates import human_datetime
from pressroom.languages.reading import LATIN_CODE
from pressroom.serbian.script import to_latin

PRODUCT_ID = "-//Pressroom//Media calendar//EN"


def event_uid(event, language_code, domain):
    """The stable UID of ``event`` in a reading language's feed."""
    return f"{event.translation_key}-{language_code}@{domain}"


def calendar_bytes(*, name, events, url_for, domain, now=None):
    """The iCalendar of ``events`` in the active reading language.

    ``url_for(event)``: the event's absolute URL; ``domain``: the site's host
    name, for the UIDs.
    """
    language = get_language()
    latin = language == LATIN_CODE

    def text(value):
        return to_latin(value) if latin else value

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", text(name))
    calendar.add("x-wr-timezone", "Europe/Belgrade")
    stamp = (now or timezone.now()).astimezone(UTC)
    for event in events:
        entry = icalendar.Event()
        entry.add("uid", event_uid(event, language, domain))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.starts_at.astimezone(UTC))
        if event.ends_at:
            entry.add("dtend", event.ends_at.astimezone(UTC))
        modified = event.last_published_at or event.first_published_at
        if modified:
            entry.add("last-modified", modified.astimezone(UTC))
        entry.add("summary", text(event.title))
        entry.add("location", text(event.place))
        entry.add("description", text(description(event)))
        entry.add("url", url_for(event))
        entry.add("status", "CONFIRMED")
        calendar.add_component(entry)
    return calendar.to_ical()


def description(event):
    """The event's description, then its accreditation deadline and languages."""
    lines = [event.description]
    if event.accreditation_deadline:
        lines.append(
            _("Accreditation deadline: %s")
            % human_datetime(event.accreditation_deadline)
        )
    if event.languages:
        lines.append(_("Languages: %s") % ", ".join(event.language_names))
    return "\n\n".join(lines)
