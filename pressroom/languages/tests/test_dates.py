"""Serbian dates put a day's month in the genitive: "20. маја 2026.", never
"20. мај 2026.", on every page and in every e-mail that shows a date."""

import datetime
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test.signals import template_rendered
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from wagtail.users.models import UserProfile

import pytest

from pressroom.accreditation.models import EmbargoLink
from pressroom.inquiries.access import DESK_GROUP
from pressroom.inquiries.tests.factories import log_in, submit_inquiry
from pressroom.languages.dates import dateline, human_date, human_datetime
from pressroom.news.models import NewsIndexPage
from pressroom.outbox.sending import render_email
from pressroom.testing import (
    make_accreditation,
    make_article,
    make_media_event,
    make_translation,
)

SERBIAN = ["sr", "sr-latn"]
GENITIVE = {
    "sr": "јануара фебруара марта априла маја јуна јула августа септембра "
    "октобра новембра децембра",
    "sr-latn": "januara februara marta aprila maja juna jula avgusta septembra "
    "oktobra novembra decembra",
}
NOMINATIVE = (
    "јануар фебруар март април мај јун јул август септембар октобар новембар "
    "децембар januar februar mart april maj jun jul avgust septembar oktobar "
    "novembar decembar"
)
#: A day number followed by a month in the nominative ("19. октобар").
NOMINATIVE_AFTER_DAY = re.compile(
    r"\b\d{1,2}\.\s*(?:" + "|".join(NOMINATIVE.split()) + r")\b", re.IGNORECASE
)
#: How a template shows a date to people (not the ISO dates in attributes).
SHOWS_A_DATE = re.compile(r"""\|date:["'][A-Z_]*FORMAT["']|\{% dateline """)


def templates_showing_dates():
    found = set()
    for directory in Path(settings.BASE_DIR, "pressroom").glob("*/templates"):
        for path in directory.rglob("*"):
            if path.is_file() and SHOWS_A_DATE.search(path.read_text("utf-8")):
                found.add(path.relative_to(directory).as_posix())
    for path in Path(settings.BASE_DIR, "pressroom", "templates").rglob("*"):
        if path.is_file() and SHOWS_A_DATE.search(path.read_text("utf-8")):
            found.add(path.name)
    return found


def assert_genitive(text, where):
    found = NOMINATIVE_AFTER_DAY.findall(text)
    assert not found, f"{where}: a month in the nominative after a day: {found}"


@pytest.mark.parametrize("language", SERBIAN)
def test_every_month_after_a_day_is_in_the_genitive(language):
    with translation.override(language):
        for month, genitive in enumerate(GENITIVE[language].split(), start=1):
            assert human_date(datetime.date(2026, month, 20)) == f"20. {genitive} 2026."


def test_a_month_on_its_own_stays_in_the_nominative():
    with translation.override("sr"):
        assert (
            date_format(datetime.date(2026, 5, 1), "YEAR_MONTH_FORMAT") == "мај 2026."
        )


def test_the_dateline_names_the_place_first():
    with translation.override("sr"):
        assert dateline("Београд", datetime.date(2026, 5, 20)) == (
            "Београд, 20. маја 2026."
        )
        assert dateline("", datetime.date(2026, 5, 20)) == "20. маја 2026."
    with translation.override("en"):
        assert dateline("Belgrade", datetime.date(2026, 5, 20)) == (
            "Belgrade, May 20, 2026"
        )


def test_times_are_on_the_24_hour_clock_in_every_language():
    noon = timezone.make_aware(datetime.datetime(2026, 12, 7, 12, 0))
    with translation.override("sr"):
        assert human_datetime(noon) == "7. децембра 2026. у 12:00"
    with translation.override("sr-latn"):
        assert human_datetime(noon) == "7. decembra 2026. u 12:00"
    # The admin is in English for the Belgrade staff too: no "12/07/2026 noon".
    with translation.override("en"):
        assert date_format(noon, "SHORT_DATETIME_FORMAT") == "7 Dec 2026, 12:00"


@pytest.fixture
def rendered_templates():
    names = set()

    def collect(sender, template, context, **kwargs):
        names.add(template.name)

    template_rendered.connect(collect)
    yield names
    template_rendered.disconnect(collect)


@pytest.mark.django_db
def test_every_template_showing_a_date_writes_serbian_months_in_the_genitive(
    client, serbian, rendered_templates, settings
):
    """Render each page and e-mail that shows a date, in Cyrillic and Latin."""
    settings.INQUIRY_HQ_EMAIL = "hq@example.org"
    newsroom = NewsIndexPage.objects.live().filter(locale=serbian).first()
    article = make_translation(make_article(), title="Почела вежба")
    article.place = "Београд"
    article.save()
    inquiry = submit_inquiry(
        reply_language="sr",
        deadline=timezone.make_aware(datetime.datetime(2026, 10, 19, 15, 0)),
    )
    desk_member = get_user_model().objects.create_user(username="desk-sr")
    desk_member.groups.add(*desk_member.groups.model.objects.filter(name=DESK_GROUP))
    profile = UserProfile.get_for_user(desk_member)
    profile.preferred_language = "sr"
    profile.save()
    log_in(client, desk_member)
    # A journalist's link to a release under embargo (pressroom/accreditation).
    accreditation = make_accreditation(reading_language="sr")
    embargoed = make_article(kind="press_release", language_code="sr", publish=False)
    embargoed.go_live_at = timezone.now() + datetime.timedelta(days=10)
    embargoed.save_revision().publish()
    link = EmbargoLink.objects.get(accreditation=accreditation)
    event = make_media_event(language_code="sr", place="Београд")

    texts = {}
    for language in SERBIAN:
        with translation.override(language):
            pages = {
                "home": f"/{language}/",
                "newsroom": newsroom.get_url(),
                "article": article.get_url(),
                "search": reverse("search") + "?q=" + article.title.split()[0],
                "inquiry status": reverse(
                    "inquiry_status", args=[inquiry.status_token]
                ),
                "embargo link": reverse("embargoed_release", args=[link.token]),
                "media event": event.get_url(),
            }
        for name, path in pages.items():
            response = client.get(path)
            assert response.status_code == 200, path
            texts[f"{name} ({language})"] = response.content.decode()
        emails = {
            "inquiries/email/acknowledgement": {
                "inquiry": inquiry,
                "status_url": "/s/",
            },
            "inquiries/email/answer": {"inquiry": inquiry, "status_url": "/s/"},
            "inquiries/email/hq_forward": {"inquiry": inquiry, "admin_url": "/a/"},
            "inquiries/email/due_soon": {"inquiry": inquiry, "admin_url": "/a/"},
            "inquiries/email/guidance_added": {"inquiry": inquiry, "admin_url": "/a/"},
            "inquiries/email/digest": {
                "inquiries": [{"inquiry": inquiry, "urgency_label": "—"}],
                "queue_url": "/q/",
            },
            "accreditation/email/approved": {"accreditation": accreditation},
            "accreditation/email/embargoed_release": {
                "article": embargoed,
                "number": "PR-2026-001",
                "embargo_until": embargoed.go_live_at,
                "link_url": "/e/",
            },
            "subscriptions/email/press_release": {
                "article": article,
                "article_url": "/a/",
                "unsubscribe_url": "/u/",
                "html_lang": "sr",
            },
        }
        for template, context in emails.items():
            email = render_email(template, context, language)
            texts[f"{template} ({language})"] = email.text + email.html
    # The desk, for a member of staff whose admin language is Serbian.
    for path in (
        reverse("inquiries_admin:queue"),
        reverse("inquiries_admin:detail", args=[inquiry.pk]),
        reverse("inquiries_admin:mail_queue"),  # the acknowledgement waits there
        reverse("inquiries_admin:statistics"),
        reverse("accreditation_admin:listing"),
        reverse("accreditation_admin:detail", args=[accreditation.pk]),
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        texts[path] = response.content.decode()

    for where, text in texts.items():
        assert_genitive(text, where)
    assert "19. октобра 2026." in texts["inquiries/email/acknowledgement (sr)"]
    assert "19. oktobra 2026." in texts["inquiry status (sr-latn)"]
    place_first = f"{article.place}, "
    assert place_first in texts["subscriptions/email/press_release (sr)"]
    assert "<time datetime=" in texts["article (sr)"].split(place_first, 1)[1][:30]
    missed = templates_showing_dates() - rendered_templates
    assert not missed, (
        f"templates showing a date that this test does not render: {missed}"
    )
