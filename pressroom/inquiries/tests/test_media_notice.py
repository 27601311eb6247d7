"""The media-only notice on the media section's pages, and the footer link."""

from wagtail.models import Page

import pytest

from pressroom.testing import make_article

pytestmark = pytest.mark.django_db


def set_notice(form_page, notice):
    revision = form_page.get_latest_revision_as_object()
    revision.notice = notice
    revision.save_revision().publish()


def test_every_page_of_the_media_section_shows_the_notice_with_the_form_link(
    client, form_page, reading_url
):
    set_notice(
        form_page,
        "The office answers inquiries from journalists and media outlets only.",
    )
    newsroom = form_page.media_section
    article = make_article(parent=newsroom.specific)
    for page in (newsroom, article):
        html = client.get(reading_url(page, "en")).content.decode()
        assert "media-notice" in html
        assert "answers inquiries from journalists and media outlets only" in html
        assert f'href="{form_page.url}"' in html


def test_the_notice_is_in_the_readers_language_and_script(
    client, serbian_form_page, reading_url
):
    set_notice(
        serbian_form_page,
        "Канцеларија одговара само на упите новинара и медијских кућа.",
    )
    newsroom = serbian_form_page.media_section
    cyrillic = client.get(reading_url(newsroom, "sr")).content.decode()
    latin = client.get(reading_url(newsroom, "sr-latn")).content.decode()
    assert "одговара само на упите новинара" in cyrillic
    assert "odgovara samo na upite novinara" in latin
    assert "Pošaljite upit medija" in latin


def test_pages_outside_the_media_section_have_no_notice_but_the_footer_link(
    client, form_page, english, reading_url
):
    home = Page.objects.get(depth=2, locale=english)
    html = client.get(reading_url(home, "en")).content.decode()
    assert "media-notice" not in html
    assert "Media Operations: send a media inquiry" in html
    assert f'href="{form_page.url}"' in html
