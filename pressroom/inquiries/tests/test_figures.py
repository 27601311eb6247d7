"""The desk's figures: a public page by month, and the admin's over a date range."""

from datetime import datetime, timedelta

from django.urls import reverse
from django.utils import timezone, translation

import pytest

from pressroom.inquiries import services, statistics
from pressroom.inquiries.clock import BELGRADE
from pressroom.inquiries.models import Inquiry

from .factories import log_in, submit_inquiry

pytestmark = pytest.mark.django_db

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=BELGRADE)


def november_and_october(desk_member):
    in_time = submit_inquiry(now=MONDAY, deadline=MONDAY + timedelta(hours=5))
    late = submit_inquiry(now=MONDAY, deadline=None)  # target: 13:00
    waiting_for_hq = submit_inquiry(now=MONDAY, deadline=None)
    submit_inquiry(now=MONDAY, outlet="")  # not media: not counted
    submit_inquiry(now=datetime(2026, 10, 30, 15, 0, tzinfo=BELGRADE), deadline=None)
    services.inquiry_answer(
        inquiry=in_time, text="a", actor=desk_member, now=MONDAY + timedelta(hours=1)
    )
    services.inquiry_answer(
        inquiry=late, text="b", actor=desk_member, now=MONDAY + timedelta(hours=6)
    )
    services.inquiry_forward(
        inquiry=waiting_for_hq, actor=desk_member, now=MONDAY + timedelta(hours=1)
    )


def test_the_figures_are_counted_per_month(desk_member):
    november_and_october(desk_member)
    now = MONDAY + timedelta(days=10)

    november, october = statistics.monthly_figures(Inquiry.objects.all(), now=now)

    assert november == {
        "month": datetime(2026, 11, 1).date(),
        "received": 3,
        "settled": 2,  # the one awaiting HQ has no due time yet
        "answered_in_time": 50,
        "median_working_hours": 3.5,  # 1 and 6 working hours
        "forwarded_to_hq": 33,
    }
    assert october["received"] == 1
    assert october["answered_in_time"] == 0  # its target passed unanswered
    assert october["median_working_hours"] is None


def test_the_public_page_shows_the_figures_without_personal_data(client, desk_member):
    recent = timezone.now() - timedelta(days=3)
    inquiry = submit_inquiry(
        now=recent,
        name="Vesna Kostić",
        email="vesna@radiosava.example.org",
        subject="Helicopter purchase",
    )
    services.inquiry_forward(inquiry=inquiry, actor=desk_member, now=recent)

    page = client.get(figures_url("en"))

    text = page.content.decode()
    assert page.status_code == 200
    assert "The media desk in figures" in text
    assert recent.astimezone(BELGRADE).strftime("%B %Y") in text
    assert "100%" in text  # forwarded to HQ
    for personal in ("Vesna", "vesna@", "Helicopter", inquiry.reference, "Radio Sava"):
        assert personal not in text


def figures_url(language):
    with translation.override(language):
        return reverse("inquiry_figures")


def test_the_public_page_is_offered_in_every_reading_language(client):
    assert figures_url("sr") == "/sr/podaci-o-upitima/"
    assert figures_url("sr-latn") == "/sr-latn/podaci-o-upitima/"
    assert (
        "Служба за односе с медијима у бројкама"
        in client.get(figures_url("sr")).content.decode()
    )
    assert (
        "Služba za odnose s medijima u brojkama"
        in client.get(figures_url("sr-latn")).content.decode()
    )


def test_the_form_links_to_the_figures(client, form_page):
    assert figures_url("en") in client.get(form_page.url).content.decode()


def test_the_admin_statistics_take_a_date_range(client, desk_member):
    november_and_october(desk_member)
    log_in(client, desk_member)
    url = reverse("inquiries_admin:statistics")

    everything = client.get(url).content.decode()
    assert "<dt>Inquiries</dt><dd>5</dd>" in everything
    october = client.get(url, {"start": "2026-10-01", "end": "2026-10-31"})
    text = october.content.decode()
    assert "<dt>Inquiries</dt><dd>1</dd>" in text
    assert "October 2026" in text and "November 2026" not in text

    backwards = client.get(url, {"start": "2026-11-01", "end": "2026-10-01"})
    assert backwards.status_code == 200
    assert "The end of the range is before its start." in backwards.content.decode()
    assert client.get(url, {"start": "not a date"}).status_code == 200
