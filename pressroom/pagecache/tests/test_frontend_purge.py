"""With nginx's cache configured, a publish purges the same URLs there."""

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from wagtail.models import Locale

import pytest

from pressroom.news.models import ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def purge_server():
    """A stand-in for nginx's purge port, recording the paths it is sent."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):
            received.append((self.path, self.headers["Host"]))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], received
    server.shutdown()
    server.server_close()


def test_publishing_purges_the_articles_urls_in_every_language_at_nginx(
    settings, purge_server, reading_url, django_capture_on_commit_callbacks
):
    port, received = purge_server
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{port}",
        }
    }
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = []
    settings.PAGE_CACHE_FRONTEND_BASE_URL = "https://press.example.org"
    article = ArticlePage.objects.live().get(
        locale__language_code="en", slug="drina-shield-opens"
    )
    serbian = article.get_translation(Locale.objects.get(language_code="sr"))

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    paths = {path for path, _host in received}
    assert {
        reading_url(article, "en"),
        reading_url(serbian, "sr"),
        reading_url(serbian, "sr-latn"),
        "/en/",
        "/sr/",
        "/sr-latn/",
        "/en/search/",
    } <= paths
    assert {host for _path, host in received} == {"press.example.org"}
    # an unrelated article is left alone
    unrelated = (
        ArticlePage.objects.live()
        .filter(locale=article.locale)
        .exclude(pk=article.pk)
        .exclude(related_links__article=article)
        .first()
    )
    assert reading_url(unrelated, "en") not in paths
