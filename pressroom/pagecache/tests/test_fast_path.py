"""Hits are answered before Django's handler, exactly as the middleware would."""

from django.core.signals import request_started

import pytest

from pressroom.news.models import ArticlePage
from pressroom.pagecache import store

from .wsgi_client import WSGIClient

pytestmark = pytest.mark.django_db

SECURITY_HEADERS = (
    "Content-Security-Policy",
    "Strict-Transport-Security",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "X-Frame-Options",
)


@pytest.fixture
def article_url(reading_url):
    article = ArticlePage.objects.live().get(
        locale__language_code="en", slug="drina-shield-opens"
    )
    return reading_url(article, "en")


@pytest.fixture
def django_requests():
    """The requests that went through Django's handler (its request_started)."""
    started = []

    def count(sender, environ, **kwargs):
        started.append(environ["PATH_INFO"])

    request_started.connect(count)
    yield started
    request_started.disconnect(count)


def headers_without_status(response):
    return {name: value for name, value in response.items() if name != "X-Page-Cache"}


def test_a_hit_never_enters_django(client, article_url, django_requests):
    miss = client.get(article_url)
    hit = client.get(article_url)
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert django_requests == [article_url]
    assert hit.content == miss.content


def test_a_hit_has_the_security_headers_of_the_miss(article_url, settings):
    settings.SECURE_HSTS_SECONDS = 3600
    client = WSGIClient()  # the security middleware reads its settings once
    miss = client.get(article_url, secure=True)
    hit = client.get(article_url, secure=True)
    assert hit["X-Page-Cache"] == "hit"
    for header in SECURITY_HEADERS:
        assert header in miss
    assert headers_without_status(hit) == headers_without_status(miss)


def test_plain_http_and_https_are_kept_apart(article_url, settings):
    """HSTS is only sent over HTTPS, so each scheme has its own entry."""
    settings.SECURE_HSTS_SECONDS = 3600
    client = WSGIClient()
    client.get(article_url, secure=True)
    plain = client.get(article_url)
    assert plain["X-Page-Cache"] == "miss"
    assert "Strict-Transport-Security" not in plain
    assert "Strict-Transport-Security" not in client.get(article_url)


def test_a_matching_etag_gets_304_without_django(client, article_url, django_requests):
    etag = client.get(article_url)["ETag"]
    answer = client.get(article_url, headers={"If-None-Match": etag})
    assert answer.status_code == 304
    assert answer.content == b""
    assert answer["ETag"] == etag
    assert django_requests == [article_url]


def test_head_gets_the_headers_without_the_body(client, article_url):
    miss = client.get(article_url)
    head = client.head(article_url)
    assert head["X-Page-Cache"] == "hit"
    assert head.content == b""
    assert head["Content-Length"] == miss["Content-Length"]


@pytest.mark.parametrize(
    "headers",
    [{"Cookie": "sessionid=someone"}, {"Authorization": "Bearer x"}],
    ids=["session", "authorization"],
)
def test_requests_with_credentials_go_to_django(
    client, article_url, django_requests, headers
):
    client.get(article_url)
    response = client.get(article_url, headers=headers)
    assert "X-Page-Cache" not in response
    assert django_requests == [article_url, article_url]


def test_a_post_goes_to_django(client, article_url, django_requests):
    client.get(article_url)
    client.post(article_url)
    assert django_requests == [article_url, article_url]


def test_a_miss_is_stored_by_the_middleware_and_then_served(
    client, article_url, django_requests
):
    assert client.get(article_url)["X-Page-Cache"] == "miss"
    assert [client.get(article_url)["X-Page-Cache"] for _ in range(3)] == ["hit"] * 3
    assert django_requests == [article_url]


def test_an_unknown_host_is_refused_by_django_not_the_fast_path(client, article_url):
    client.get(article_url)
    assert client.get(article_url, headers={"Host": "evil.example"}).status_code == 400


def test_the_middleware_alone_answers_hits_the_same_way(
    client, django_client, article_url
):
    """Django's test client skips the WSGI fast path: the middleware answers."""
    miss = django_client.get(article_url)
    from_middleware = django_client.get(article_url)
    from_fast_path = client.get(article_url)
    assert (miss["X-Page-Cache"], from_middleware["X-Page-Cache"]) == ("miss", "hit")
    assert headers_without_status(from_middleware) == headers_without_status(
        from_fast_path
    )
    assert from_middleware.content == from_fast_path.content


@pytest.mark.usefixtures("purge_counter_on")
def test_with_the_purge_counter_a_hit_asks_the_cache_nothing_until_a_purge(
    client, article_url, django_requests
):
    client.get(article_url)
    first_hit = client.get(article_url)  # confirmed against the cache, then held
    cache = store.page_cache()
    cache.clear()  # the shared cache is not asked again...
    assert client.get(article_url).content == first_hit.content
    assert client.get(article_url)["X-Page-Cache"] == "hit"
    assert django_requests == [article_url]
    store.purge_paths([article_url])  # ...until the next purge on this host
    assert client.get(article_url)["X-Page-Cache"] == "miss"
    assert django_requests == [article_url, article_url]
