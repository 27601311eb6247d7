"""With the page cache off, what renders reuse never hides a change.

Every page here is requested first, so that its route, its data and its
fragments are kept (``pressroom.rendercache``); then a change is made the
way an editor makes it, and the very next request must show it.
"""

from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site

import pytest
from bs4 import BeautifulSoup

from pressroom.contact.models import OfficeContacts
from pressroom.news.models import ArticlePage, NewsIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_content")]


LANGUAGES = ("en", "sr", "sr-latn")
NEW_TITLE = {
    "en": "Quokka census",
    "sr": "Џеп пун љубави",
    "sr-latn": "Džep pun ljubavi",
}


def content_code(language):
    return "en" if language == "en" else "sr"


def recommended(language):
    """A live article another article of its language recommends, and that one."""
    for article in ArticlePage.objects.live().filter(
        locale__language_code=content_code(language)
    ):
        showing = list(article.pages_showing_it().live())
        if showing:
            return article, showing[0]
    raise AssertionError("the demo has no related articles")


def newsroom(language):
    return NewsIndexPage.objects.get(
        locale__language_code=content_code(language), depth=3
    )


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def read_twice(client, *urls):
    """Request each URL twice: what it reads and renders is now kept."""
    for url in urls:
        for _ in range(2):
            assert client.get(url).status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_published_title_shows_on_the_page_its_cards_and_listings(
    client, reading_url, language
):
    article, recommending = recommended(language)
    home = Page.objects.get(pk=article.get_ancestors().get(depth=2).pk)
    urls = [
        reading_url(article, language),
        reading_url(recommending, language),
        reading_url(newsroom(language), language),
        reading_url(home, language),
    ]
    read_twice(client, *urls)
    revision = article.get_latest_revision_as_object()
    revision.title = NEW_TITLE["sr" if language == "sr-latn" else language]
    revision.save_revision().publish()

    new_title = NEW_TITLE[language]
    assert soup(client.get(urls[0])).h1.get_text(strip=True) == new_title
    related = soup(client.get(urls[1])).select_one(".related").get_text()
    assert new_title in related
    for listing in urls[2:]:
        assert new_title in client.get(listing).content.decode()


@pytest.mark.parametrize("removal", ["unpublish", "delete"])
def test_a_removed_article_leaves_its_page_and_the_cards_that_showed_it(
    client, reading_url, removal
):
    article, recommending = recommended("en")
    url, recommending_url = reading_url(article, "en"), reading_url(recommending, "en")
    read_twice(client, url, recommending_url)
    assert article.title in soup(client.get(recommending_url)).get_text()

    getattr(article, removal)()

    assert client.get(url).status_code == 404
    related = soup(client.get(recommending_url)).select_one(".related")
    assert related is None or article.title not in related.get_text()


def test_a_moved_article_is_served_at_its_new_address_at_once(client, reading_url):
    article, _ = recommended("en")
    old_url = reading_url(article, "en")
    read_twice(client, old_url)
    target = NewsIndexPage.objects.get(locale__language_code="en", depth=3)
    article.move(target, pos="last-child")
    article.refresh_from_db()
    new_url = reading_url(article, "en")
    assert new_url != old_url
    assert client.get(old_url).status_code in (301, 302, 404)
    assert soup(client.get(new_url)).h1.get_text(strip=True) == article.title


def test_a_renamed_menu_page_shows_in_the_header_of_every_page(client, reading_url):
    article, _ = recommended("en")
    url = reading_url(article, "en")
    read_twice(client, url)
    about = Page.objects.live().filter(locale=article.locale, show_in_menus=True)[0]
    revision = about.get_latest_revision_as_object()
    revision.title = "Who we are"
    revision.save_revision().publish()
    navigation = soup(client.get(url)).select_one(".main-nav").get_text()
    assert "Who we are" in navigation


def test_new_contact_details_show_in_every_footer(client, reading_url):
    article, _ = recommended("en")
    url = reading_url(article, "en")
    read_twice(client, url)
    contacts = OfficeContacts.for_site(Site.objects.get(is_default_site=True))
    point = contacts.contact_points.first()
    point.phone = "+381 11 999 0000"
    point.save()
    footer = soup(client.get(url)).select_one(".site-footer").get_text()
    assert "+381 11 999 0000" in footer


def test_a_page_made_private_asks_for_its_password_at_once(client, reading_url):
    article, _ = recommended("en")
    url = reading_url(article, "en")
    read_twice(client, url)
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = client.get(url)
    assert article.lead not in response.content.decode()
    assert "password" in response.content.decode().lower()


def test_new_alt_text_changes_the_pictures_text_at_once(client, reading_url):
    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code="en", image__isnull=False)
        .first()
    )
    url = reading_url(article, "en")
    read_twice(client, url)
    image = get_image_model().objects.get(pk=article.image_id)
    image.alt_text_en = "Rescue boats on the Drina at dawn"
    image.save()
    picture = soup(client.get(url)).select_one(".article-page__image img")
    assert picture["alt"] == "Rescue boats on the Drina at dawn"


def test_a_preview_shows_the_draft_not_the_kept_live_page(
    client, admin_client, reading_url
):
    article, _ = recommended("en")
    published_title = article.title
    read_twice(client, reading_url(article, "en"))
    revision = article.get_latest_revision_as_object()
    revision.title = "A draft title"
    saved = revision.save_revision()
    preview = admin_client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[article.pk, saved.pk])
    )
    breadcrumbs = soup(preview).select_one(".breadcrumbs").get_text()
    assert "A draft title" in breadcrumbs
    # the live page still shows the published title
    live = soup(client.get(reading_url(article, "en")))
    assert live.h1.get_text(strip=True) == published_title


def test_a_preview_of_the_home_page_shows_the_drafts_featured_article(
    client, admin_client
):
    """The home listing is kept per version under the page; a draft that
    features another article must show that one in its preview."""
    from pressroom.home.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    client.get("/en/")
    client.get("/en/")  # the listing is now kept
    other = (
        ArticlePage.objects.live()
        .filter(locale=home.locale)
        .exclude(pk=home.featured_article_id)
        .first()
    )
    draft = home.get_latest_revision_as_object()
    draft.featured_article = other
    saved = draft.save_revision()
    preview = admin_client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[home.pk, saved.pk])
    )
    featured = soup(preview).select_one(".featured__article").get_text()
    assert other.title in featured
    # the live home page still features the published one
    live = soup(client.get("/en/")).select_one(".featured__article").get_text()
    assert other.title not in live
