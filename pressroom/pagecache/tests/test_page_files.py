"""Cached pages written as files for nginx, and removed by every change.

``FileFirstClient`` reads as nginx does (deploy/nginx.conf.template): for an
anonymous GET without a query string, the page's file when there is one,
else the application.
"""

from urllib.parse import urlsplit

from django.core.management import call_command
from django.http import HttpResponse
from django.test import Client

from wagtail.models import Page

import pytest

from pressroom.pagecache import page_files
from pressroom.pagecache.middleware import PageCacheMiddleware
from pressroom.rendercache.reuse import content_changed

from .test_page_cache import LANGUAGES, h1, in_language, newsroom

pytestmark = pytest.mark.django_db


class FileFirstClient:
    """Answers from page files where nginx would, else from the application."""

    def __init__(self):
        self.application = Client()
        self.from_file = []  # the paths answered from a file

    def get(self, url, **extra):
        path = urlsplit(url).path
        target = page_files.file_for(path)
        eligible = "?" not in url and not extra
        if eligible and target is not None and target.exists():
            self.from_file.append(path)
            return HttpResponse(target.read_bytes())
        return self.application.get(url, **extra)


@pytest.fixture
def files_on(settings, tmp_path):
    settings.PAGE_FILES_ROOT = str(tmp_path / "pages")
    return tmp_path / "pages"


@pytest.fixture
def reader(files_on):
    return FileFirstClient()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_cached_page_becomes_a_file_with_exactly_the_headers_nginx_adds(
    reader, article, reading_url, language
):
    url = reading_url(in_language(article, language), language)
    first = reader.get(url)
    # Written only because every header Django sent is one nginx adds:
    # this fails as soon as a middleware or a setting adds another.
    assert page_files.file_for(url).read_bytes() == first.content
    second = reader.get(url)
    assert reader.from_file == [url]
    assert second.content == first.content
    assert first["Content-Language"] == page_files.content_languages()[f"/{language}/"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_published_change_removes_the_files_showing_it(
    reader, article, reading_url, language, django_capture_on_commit_callbacks
):
    page = in_language(article, language)
    urls = [reading_url(page, language), reading_url(newsroom(language), language)]
    for url in urls:
        reader.get(url)
        assert page_files.file_for(url).exists()

    revision = page.get_latest_revision_as_object()
    revision.title = "Quokka census" if language == "en" else "Попис квока"
    with django_capture_on_commit_callbacks(execute=True):
        revision.save_revision().publish()

    expected = {"en": "Quokka census", "sr": "Попис квока"}.get(language, "Popis kvoka")
    assert not any(page_files.file_for(url).exists() for url in urls)
    assert h1(reader.get(urls[0])) == expected
    assert expected in reader.get(urls[1]).content.decode()
    # and the new version is the file now
    assert expected in page_files.file_for(urls[0]).read_text()


def test_an_unpublished_article_loses_its_file(
    reader, article, reading_url, django_capture_on_commit_callbacks
):
    url = reading_url(article, "en")
    reader.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert not page_files.file_for(url).exists()
    assert reader.get(url).status_code == 404


def test_a_change_shown_on_every_page_removes_every_file(
    reader, article, reading_url, files_on, django_capture_on_commit_callbacks
):
    urls = [reading_url(article, "en"), "/en/", "/sr/", "/sr-latn/"]
    for url in urls:
        reader.get(url)
    about = Page.objects.live().filter(locale=article.locale, show_in_menus=True)[0]
    revision = about.get_latest_revision_as_object()
    revision.title = "Who we are"
    with django_capture_on_commit_callbacks(execute=True):
        revision.save_revision().publish()
    assert not list(files_on.rglob(page_files.FILE_NAME))
    assert "Who we are" in reader.get(urls[0]).content.decode()


def test_no_file_for_queries_searches_signed_in_readers_or_feeds(
    reader, article, reading_url, files_on, admin_client
):
    newsroom_url = reading_url(newsroom("en"), "en")
    reader.get(newsroom_url + "?page=2")
    reader.get("/en/search/?q=exercise")
    reader.get("/en/search/")
    admin_client.get(reading_url(article, "en"))
    assert not list(files_on.rglob(page_files.FILE_NAME))
    feed = reader.get("/en/feeds/rss.xml")
    assert feed.status_code == 200 and "xml" in feed["Content-Type"]
    assert not list(files_on.rglob("*.xml*"))


def page_response(content):
    """A page with the headers Django gives every page."""
    response = HttpResponse(content)
    response["Content-Language"] = "en"
    for name, value in page_files.expected_headers():
        response[name] = value
    return response


def test_a_page_nginx_would_not_send_as_django_did_stays_with_the_application(
    rf, files_on
):
    def render(request):
        return page_response("<p>a page</p>")

    def render_with_another_header(request):
        response = page_response("<p>another page</p>")
        response["X-Robots-Tag"] = "noindex"
        return response

    def render_json(request):
        response = page_response('{"not": "html"}')
        response["Content-Type"] = "application/json"
        return response

    PageCacheMiddleware(render)(rf.get("/en/plain/"))
    PageCacheMiddleware(render_with_another_header)(rf.get("/en/other/"))
    PageCacheMiddleware(render_json)(rf.get("/en/data/"))
    assert page_files.file_for("/en/plain/").read_bytes() == b"<p>a page</p>"
    # nginx would send these without the header, or as text/html
    assert not page_files.file_for("/en/other/").exists()
    assert not page_files.file_for("/en/data/").exists()


def test_a_page_rendered_before_a_purge_leaves_no_file(rf, files_on):
    """The purge may remove the file before a slow render has put it in place."""
    path = "/en/slow/"

    def render(request):
        return page_response("the current version")

    def render_then_publish_meanwhile(request):
        response = page_response("the old version")
        content_changed()  # an editor publishes while this renders
        page_files.remove_all()  # nothing there yet
        return response

    PageCacheMiddleware(render)(rf.get(path))
    assert page_files.file_for(path).read_bytes() == b"the current version"

    content_changed()
    page_files.remove_all()
    PageCacheMiddleware(render_then_publish_meanwhile)(rf.get(path))
    assert not page_files.file_for(path).exists()


@pytest.mark.parametrize(
    "path",
    ["/en/../etc/", "/en/./x/", "/en//x/", "/en/x", "en/x/", "/en/a\\b/", "/en/\0/"],
)
def test_paths_that_cannot_have_a_file(files_on, path):
    assert page_files.file_for(path) is None


def test_prepare_removes_old_files_and_writes_nginx_headers(files_on, tmp_path):
    old = files_on / "en" / "old" / page_files.FILE_NAME
    old.parent.mkdir(parents=True)
    old.write_text("a page from before the restart")
    keep = files_on / "README"
    keep.write_text("not a page file")
    call_command("prepare_page_files", str(tmp_path / "nginx"))
    assert not old.exists()
    # anything else is left alone (in the directory moved aside)
    assert [path.read_text() for path in tmp_path.rglob("README")] == [
        "not a page file"
    ]
    headers = (tmp_path / "nginx" / "page-file-headers.conf").read_text()
    for name, value in page_files.expected_headers():
        assert f"{name}" in headers.lower() and f'"{value}"' in headers
    assert "X-Frame-Options" in headers and "Content-Security-Policy" in headers
    languages = (tmp_path / "nginx" / "page-file-languages.conf").read_text()
    assert '~^/sr-latn/ "sr-Latn";' in languages


def test_a_missing_file_is_written_again_from_the_cached_page(
    reader, article, reading_url
):
    url = reading_url(article, "en")
    first = reader.get(url)
    page_files.file_for(url).unlink()  # e.g. its directory was cleared
    hit = reader.get(url)
    assert hit["X-Page-Cache"] == "hit"
    assert page_files.file_for(url).read_bytes() == first.content
