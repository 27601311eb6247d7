"""Anonymous pages come from the cache, and a published change shows at once."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page, PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from pressroom.news.models import NewsIndexPage
from pressroom.pagecache import store
from pressroom.rendercache.reuse import content_changed, current_version

pytestmark = pytest.mark.django_db

CYRILLIC = re.compile("[\u0400-\u04ff]")
LANGUAGES = ("en", "sr", "sr-latn")


def in_language(page, language):
    """The translation of ``page`` that readers of ``language`` see."""
    code = "en" if language == "en" else "sr"
    return page.get_translation(Locale.objects.get(language_code=code))


def h1(response):
    return BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


def newsroom(language):
    code = "en" if language == "en" else "sr"
    return NewsIndexPage.objects.get(locale__language_code=code, depth=3)


def test_the_second_anonymous_request_reads_only_the_content_version(
    client, article, reading_url, django_assert_num_queries
):
    url = reading_url(article, "en")
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(1):
        second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_cached_latin_page_is_stored_in_latin(client, article, reading_url):
    serbian = in_language(article, "sr")
    url = reading_url(serbian, "sr-latn")
    client.get(url)
    entry = store.lookup(f"http://testserver{url}", current_version())
    assert entry is not None
    text = BeautifulSoup(entry["content"], "html.parser")
    # the stored page is the Latin one: the conversion is not repeated on a hit
    assert not CYRILLIC.search(text.h1.get_text())
    assert entry["content"] == client.get(url).content
    assert client.get(url)["Content-Language"] == "sr-Latn"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_published_change_is_visible_on_the_next_request(
    client, article, reading_url, language
):
    page = in_language(article, language)
    home = page.get_parent().get_parent()
    urls = [reading_url(page, language), reading_url(home, language)]
    urls.append(reading_url(newsroom(language), language))
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"

    revision = page.get_latest_revision_as_object()
    revision.title = "Џеп пун љубави" if language != "en" else "Quokka census"
    revision.save_revision().publish()

    expected = {"en": "Quokka census", "sr": "Џеп пун љубави"}.get(
        language, "Džep pun ljubavi"
    )
    assert h1(client.get(urls[0])) == expected
    for listing in urls[1:]:
        assert expected in client.get(listing).content.decode()


def test_publishing_purges_every_reading_language_of_the_translations(
    client, article, reading_url
):
    serbian = in_language(article, "sr")
    urls = [
        reading_url(article, "en"),
        reading_url(serbian, "sr"),
        reading_url(serbian, "sr-latn"),
    ]
    for url in urls:
        client.get(url)
    article.save_revision().publish()
    # the Serbian pages link to the English one (switcher, hreflang)
    assert [client.get(url)["X-Page-Cache"] for url in urls] == ["miss"] * 3


@pytest.mark.parametrize("removal", ["unpublish", "delete"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_removed_article_is_gone_on_the_next_request(
    client, article, reading_url, language, removal
):
    page = in_language(article, language)
    url = reading_url(page, language)
    listing = reading_url(newsroom(language), language)
    client.get(url)
    client.get(listing)
    title = h1(client.get(url))
    getattr(page, removal)()  # page.unpublish() or page.delete()
    assert client.get(url).status_code == 404
    assert title not in client.get(listing).content.decode()


def test_a_moved_article_is_at_its_new_address_on_the_next_request(
    client, article, reading_url
):
    old_url = reading_url(article, "en")
    client.get(old_url)
    article.move(newsroom("en"), pos="last-child")
    article.refresh_from_db()
    new_url = reading_url(article, "en")
    assert new_url != old_url
    # Wagtail leaves a redirect at the old address
    assert client.get(old_url)["Location"] == new_url
    assert client.get(new_url).status_code == 200


def test_a_renamed_menu_page_shows_in_every_page_header(client, article, reading_url):
    url = reading_url(article, "en")
    client.get(url)
    about = Page.objects.live().filter(locale=article.locale, show_in_menus=True)[0]
    revision = about.get_latest_revision_as_object()
    revision.title = "Who we are"
    revision.save_revision().publish()
    assert "Who we are" in client.get(url).content.decode()


def test_signed_in_editors_never_get_or_fill_the_cache(client, article, reading_url):
    url = reading_url(article, "en")
    client.get(url)
    editor = get_user_model().objects.create_user(
        "cache-test-editor", "editor@example.invalid", "pw", is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get(url)
    assert "X-Page-Cache" not in response
    assert b"<wagtail-userbar" in response.content
    client.logout()
    anonymous = client.get(url)
    assert b"userbar" not in anonymous.content


def test_private_pages_are_never_cached(client, article, reading_url):
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    url = reading_url(article, "en")
    first = client.get(url)
    second = client.get(url)
    assert "X-Page-Cache" not in second
    assert store.lookup(f"http://testserver{url}", current_version()) is None
    assert article.lead not in first.content.decode()


def test_a_page_made_private_stops_being_served_from_the_cache(
    client, article, reading_url
):
    url = reading_url(article, "en")
    client.get(url)
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(url).status_code == 302


def test_posts_are_never_answered_from_the_cache(client, article, reading_url):
    url = reading_url(article, "en")
    client.get(url)
    response = client.post(url)
    assert "X-Page-Cache" not in response


def test_conditional_get_answers_304_until_the_page_changes(
    client, article, reading_url
):
    url = reading_url(article, "en")
    etag = client.get(url)["ETag"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    revision = article.get_latest_revision_as_object()
    revision.title = "Quokka census"
    revision.save_revision().publish()
    changed = client.get(url, headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert h1(changed) == "Quokka census"


def test_cached_search_results_follow_a_publish(client, article, reading_url):
    search = "/en/search/?q=quokka"
    assert "Quokka census" not in client.get(search).content.decode()
    assert client.get(search)["X-Page-Cache"] == "hit"
    revision = article.get_latest_revision_as_object()
    revision.title = "Quokka census"
    revision.save_revision().publish()
    assert "Quokka census" in client.get(search).content.decode()


def test_the_root_redirect_is_never_cached(client):
    client.get("/", headers={"Accept-Language": "sr"})
    response = client.get("/", headers={"Accept-Language": "en"})
    assert response["Location"] == "/en/"
    assert "X-Page-Cache" not in response


def test_no_cache_when_turned_off(client, article, reading_url, settings):
    settings.PAGE_CACHE_SECONDS = 0
    url = reading_url(article, "en")
    client.get(url)
    assert "X-Page-Cache" not in client.get(url)


def test_a_page_rendered_before_a_publish_is_not_stored_as_current(
    rf, article, reading_url
):
    """A publish that purges while an older version renders leaves no stale entry."""
    from django.http import HttpResponse

    from pressroom.pagecache.middleware import PageCacheMiddleware

    url = reading_url(article, "en")

    def render_then_publish_meanwhile(request):
        response = HttpResponse("the old version")
        content_changed()  # an editor publishes while this renders
        return response

    def render(request):
        return HttpResponse("the current version")

    # Without a publish meanwhile, the page is stored...
    PageCacheMiddleware(render)(rf.get(url))
    assert store.lookup(f"http://testserver{url}", current_version())["content"] == (
        b"the current version"
    )

    # ...with one, it is not.
    content_changed()
    PageCacheMiddleware(render_then_publish_meanwhile)(rf.get(url))
    assert store.lookup(f"http://testserver{url}", current_version()) is None


def test_a_page_for_another_allowed_host_is_never_kept(client, article, reading_url):
    """Its links (canonical, hreflang, Open Graph) would carry that host."""
    url = reading_url(article, "en")
    assert "X-Page-Cache" not in client.get(url, HTTP_HOST="localhost")
    assert client.get(url, HTTP_HOST="localhost").status_code == 200
    assert client.get(url)["X-Page-Cache"] == "miss"  # the site's own host


def test_the_site_host_behind_a_proxy_port_is_kept(client, article, reading_url):
    """nginx passes the host name without the port it listens on."""
    url = reading_url(article, "en")
    client.get(url, HTTP_HOST="testserver:8080")
    assert client.get(url, HTTP_HOST="testserver:8080")["X-Page-Cache"] == "hit"


def test_pages_reached_by_a_personal_token_are_never_kept(client):
    from pressroom.testing import make_subscriber

    subscriber = make_subscriber()
    with translation.override("en"):
        url = reverse("subscriptions:unsubscribe", args=[subscriber.token])
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "no-cache" in response["Cache-Control"]
    subscriber.delete()
    assert client.get(url).status_code == 404
