"""The demo loader builds a bilingual site and can be run again safely."""

import re

from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import Page

import pytest

from pressroom.demo import content
from pressroom.demo.loader import load_demo
from pressroom.news.models import ArticleKind, ArticlePage, Topic

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def counts():
    return (
        Page.objects.count(),
        get_image_model().objects.count(),
        Topic.objects.count(),
    )


def test_loading_again_creates_nothing_and_duplicates_nothing():
    before = counts()
    assert load_demo() == 0
    assert counts() == before


def test_load_demo_command_reports_nothing_to_do_the_second_time(capsys):
    call_command("load_demo")
    assert "nothing to do" in capsys.readouterr().out


def test_demo_has_every_article_in_english_and_serbian():
    english = ArticlePage.objects.live().filter(locale__language_code="en")
    serbian = ArticlePage.objects.live().filter(locale__language_code="sr")
    assert english.count() == serbian.count() == len(content.ARTICLES) >= 12
    assert set(english.values_list("translation_key", flat=True)) == set(
        serbian.values_list("translation_key", flat=True)
    )


def test_demo_covers_every_kind_at_least_twice():
    for kind in ArticleKind.values:
        assert sum(spec["kind"] == kind for spec in content.ARTICLES) >= 2, kind


def test_demo_serbian_exercises_every_special_letter():
    serbian = " ".join(
        f"{spec['sr']['title']} {spec['sr']['lead']} {spec['sr']['body']}"
        for spec in content.ARTICLES
    )
    for letter in "ЉЊЏЂЋЖЧШљњџђћжчш":
        assert letter in serbian, letter
    # capitals of the digraph letters at the start of a word
    for letter in "ЉЊЏ":
        assert re.search(rf"\b{letter}[а-яђјљњћџ]", serbian), letter


def test_demo_pictures_are_drawn_locally():
    image = get_image_model().objects.first()
    assert image.width == 1600
    assert image.height == 900


def test_the_demo_office_has_its_own_logo(client):
    from wagtail.models import Site

    from pressroom.branding.icons import MINIMUM_LOGO_SIZE
    from pressroom.branding.models import OfficeLogo

    setting = OfficeLogo.for_site(Site.objects.get(is_default_site=True))
    assert setting.logo is not None
    assert min(setting.logo.width, setting.logo.height) >= MINIMUM_LOGO_SIZE
    setting.full_clean()  # a logo the setting's own form accepts
    html = client.get("/en/").content.decode()
    assert 'class="site-logo" src="/media/images/' in html
