"""Editors preview every page type in each reading language before publishing."""

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from pressroom.contact.models import ContactPage
from pressroom.home.models import HomePage, StandardPage
from pressroom.news.models import ArticlePage, NewsIndexPage
from pressroom.serbian.script import to_latin

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_content")]


PAGE_TYPES = [HomePage, NewsIndexPage, ArticlePage, StandardPage, ContactPage]
HTML_LANG = {"en": "en", "sr": "sr-Cyrl", "sr-latn": "sr-Latn"}


def revision_preview(client, page, mode=None):
    url = reverse(
        "wagtailadmin_pages:revisions_view",
        args=[page.pk, page.get_latest_revision().pk],
    )
    return client.get(url, {"mode": mode} if mode is not None else {})


def main_of(response):
    return BeautifulSoup(response.content, "html.parser").find("main")


# What only the published page offers: downloads of its photos (a preview
# never links to files readers may not fetch yet).
PUBLISHED_ONLY = ".photo-download, .article-page__downloads"


def main_without_downloads(response):
    """The page's main element without PUBLISHED_ONLY (and a caption that
    held only a download link), whitespace collapsed."""
    main = main_of(response)
    for element in main.select(PUBLISHED_ONLY):
        element.decompose()
    for caption in main.select("figcaption"):
        if not caption.get_text(strip=True) and caption.find(True) is None:
            caption.decompose()
    return " ".join(str(main).split())


def one_of_each(locale):
    return [model.objects.live().filter(locale=locale).first() for model in PAGE_TYPES]


def test_serbian_pages_offer_cyrillic_and_latin_english_pages_english(english, serbian):
    for page in one_of_each(serbian):
        assert [mode for mode, _label in page.preview_modes] == ["sr", "sr-latn"]
        assert page.default_preview_mode == "sr"
    for page in one_of_each(english):
        assert [mode for mode, _label in page.preview_modes] == ["en"]


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_previews_like_the_live_site_in_each_reading_language(
    admin_client, client, english, serbian, reading_url, model
):
    pages = {
        "en": model.objects.live().filter(locale=english).first(),
        "sr": model.objects.live().filter(locale=serbian).first(),
    }
    for mode, page in [
        ("en", pages["en"]),
        ("sr", pages["sr"]),
        ("sr-latn", pages["sr"]),
    ]:
        preview = revision_preview(admin_client, page, mode)
        assert preview.status_code == 200
        soup = BeautifulSoup(preview.content, "html.parser")
        assert soup.html["lang"] == HTML_LANG[mode]
        live = client.get(reading_url(page, mode))
        assert live.status_code == 200
        assert main_of(live) is not None
        assert main_without_downloads(preview) == main_without_downloads(live), mode
        assert not main_of(preview).select(PUBLISHED_ONLY)


def test_the_latin_preview_shows_an_unpublished_cyrillic_change_in_latin(
    admin_client, client, serbian, reading_url
):
    article = ArticlePage.objects.live().filter(locale=serbian).first()
    article.title = "Љубовија и Шабац добијају помоћ"
    article.save_revision()

    latin = revision_preview(admin_client, article, "sr-latn")
    assert "Ljubovija i Šabac dobijaju pomoć" in main_of(latin).h1.text
    cyrillic = revision_preview(admin_client, article)  # the default mode
    assert "Љубовија и Шабац добијају помоћ" in main_of(cyrillic).h1.text
    # Nothing is published by previewing.
    live = client.get(reading_url(article, "sr-latn"))
    assert to_latin(article.title) not in live.text


def article_form(article, **changes):
    return nested_form_data(
        {
            "slug": article.slug,
            "kind": article.kind,
            "date": article.date.isoformat(),
            "byline": "",
            "image": "",
            "body": streamfield([]),
            "related_links": inline_formset([]),
            "comments": inline_formset([]),
            **changes,
        }
    )


SERBIAN_DRAFT = {
    "title": "Вежба на Дрини почиње",
    "place": "Београд",
    "lead": "Џиновска вежба, њих шездесет.",
}


def assert_latin_draft(main):
    assert main.h1.text.strip() == "Vežba na Drini počinje"
    assert "Džinovska vežba, njih šezdeset." in main.text
    assert "Beograd" in main.text


def test_the_preview_panel_shows_the_form_being_edited_in_latin(admin_client, serbian):
    article = ArticlePage.objects.live().filter(locale=serbian).first()
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
    assert admin_client.post(url, article_form(article, **SERBIAN_DRAFT)).json()[
        "is_valid"
    ]
    assert_latin_draft(main_of(admin_client.get(url, {"mode": "sr-latn"})))


def test_a_new_serbian_page_is_previewed_in_both_scripts_before_it_is_saved(
    admin_client, serbian
):
    article = ArticlePage.objects.live().filter(locale=serbian).first()
    parent = article.get_parent()
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=["news", "articlepage", parent.pk],
    )
    form = article_form(article, **{**SERBIAN_DRAFT, "slug": "nova-vezba"})
    assert admin_client.post(url, form).json()["is_valid"]
    assert_latin_draft(main_of(admin_client.get(url, {"mode": "sr-latn"})))
    cyrillic = admin_client.get(url)
    assert BeautifulSoup(cyrillic.content, "html.parser").html["lang"] == "sr-Cyrl"
    assert main_of(cyrillic).h1.text.strip() == SERBIAN_DRAFT["title"]


def test_a_mode_the_page_does_not_have_shows_its_default_preview(admin_client, english):
    page = ArticlePage.objects.live().filter(locale=english).first()
    for mode in ("sr-latn", "klingon"):
        preview = revision_preview(admin_client, page, mode)
        assert preview.status_code == 200
        soup = BeautifulSoup(preview.content, "html.parser")
        assert soup.html["lang"] == "en"
        assert main_of(preview).h1.text.strip() == page.title
