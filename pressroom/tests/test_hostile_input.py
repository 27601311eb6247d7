"""Random and hostile input at every public endpoint: never a 5xx, never unescaped.

Hypothesis generates text from all of Unicode mixed with markup, script,
SQL, FTS syntax, control characters and very long strings, and sends it as
query parameters, path segments and headers to the reader-facing endpoints.
Each response must be a normal answer (2xx, 3xx, 4xx) and must not contain
the injected markup unescaped.
"""

from urllib.parse import quote, urlencode

from django.urls import reverse
from django.utils import translation

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "sr", "sr-latn"]
MARKER = "<x-fuzz-7>"
HOSTILE = [
    MARKER,
    f'"><script>alert(1)</script>{MARKER}',
    f"' OR 1=1 --{MARKER}",
    'NEAR(a b) AND "unbalanced',
    "a* OR b^ OR c:d (((",
    "\x00\x01\x1f\x7f",
    "%00%2e%2e%2f",
    "../../etc/passwd",
    "Вучић Đorđević džep ЉУБАВ",
    "\u202e\ufeff\U0001f600",
    "9" * 40,
    "-1",
]
hostile_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=80),
    st.builds(lambda a, b: a + MARKER + b, st.text(max_size=20), st.text(max_size=20)),
    st.text(min_size=3000, max_size=6000, alphabet="аbв<>\"'&; "),
)
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(autouse=True)
def no_search_rate_limit(settings):
    settings.SEARCH_RATE_LIMIT_PER_MINUTE = 0


def assert_handled(response):
    """A normal answer; HTML never carries the injected markup unescaped.

    JSON may quote the input back (an error naming the bad parameter): it is
    served as application/json with nosniff, so no browser renders it.
    """
    assert response.status_code < 500, response.status_code
    content_type = response.get("Content-Type", "")
    if content_type.startswith("application/json"):
        response.json()
        assert response["X-Content-Type-Options"] == "nosniff"
        return
    body = response.content.decode("utf-8", errors="replace")
    assert MARKER not in body, "injected markup came back unescaped"


def parameter(value):
    """Text as it travels in a query string or a path (a NUL byte as %00)."""
    return value


def query_string(**values):
    return urlencode({name: parameter(value) for name, value in values.items()})


@FUZZ
@given(
    language=st.sampled_from(LANGUAGES),
    q=hostile_text,
    kind=hostile_text,
    year=hostile_text,
    page=hostile_text,
)
def test_search_page(client, language, q, kind, year, page):
    query = query_string(q=q, kind=kind, year=year, page=page)
    assert_handled(client.get(f"/{language}/search/?{query}"))


@FUZZ
@given(lang=hostile_text, q=hostile_text, page=hostile_text, kind=hostile_text)
def test_search_api(client, lang, q, page, kind):
    query = query_string(lang=lang, q=q, page=page, kind=kind)
    response = client.get(f"/api/search?{query}")
    assert_handled(response)
    assert response["Content-Type"].startswith("application/json")


@pytest.fixture
def newsroom_urls(reading_url):
    from pressroom.news.models import NewsIndexPage

    urls = {}
    for language in LANGUAGES:
        locale = "en" if language == "en" else "sr"
        newsroom = NewsIndexPage.objects.live().filter(locale__language_code=locale)
        urls[language] = reading_url(newsroom.first(), language)
    return urls


@FUZZ
@given(
    language=st.sampled_from(LANGUAGES),
    kind=hostile_text,
    year=hostile_text,
    topic=hostile_text,
    page=hostile_text,
)
def test_newsroom_filters(client, newsroom_urls, language, kind, year, topic, page):
    query = query_string(kind=kind, year=year, topic=topic, page=page)
    response = client.get(f"{newsroom_urls[language]}?{query}")
    assert response.status_code == 200
    assert_handled(response)


@FUZZ
@given(code=hostile_text, next_url=hostile_text)
def test_language_chooser(client, code, next_url):
    path = f"/language/{quote(parameter(code), safe='')}/"
    response = client.get(f"{path}?{query_string(next=next_url)}")
    assert_handled(response)
    if response.status_code in (301, 302):
        location = response["Location"]
        assert location.startswith("/"), location
        assert not location.startswith("//"), location


@FUZZ
@given(
    prefix=st.sampled_from([*LANGUAGES, "de", "SR", "sr-LATN", ""]), rest=hostile_text
)
def test_arbitrary_paths(client, prefix, rest):
    path = "/" + "/".join(filter(None, [prefix, quote(parameter(rest), safe="/")]))
    assert_handled(client.get(path))


@FUZZ
@given(accept_language=hostile_text, cookie=hostile_text)
def test_root_redirect_headers(client, accept_language, cookie):
    header = "".join(ch for ch in accept_language if 32 <= ord(ch) < 127)
    client.cookies["pressroom_language"] = "".join(
        ch for ch in cookie if 32 < ord(ch) < 127 and ch not in ';,"\\'
    )
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert_handled(response)
    assert response["Location"] in ("/en/", "/sr/", "/sr-latn/")


@FUZZ
@given(
    name=st.sampled_from(
        [
            "fields",
            "type",
            "locale",
            "script",
            "limit",
            "offset",
            "order",
            "search",
            "x",
        ]
    ),
    value=hostile_text,
    endpoint=st.sampled_from(["/api/v2/pages/", "/api/v2/images/"]),
)
def test_content_api(client, name, value, endpoint):
    response = client.get(f"{endpoint}?{query_string(**{name: value})}")
    assert_handled(response)


@FUZZ
@given(
    language=st.sampled_from(LANGUAGES),
    kind=hostile_text,
    flavour=st.sampled_from(["rss.xml", "atom.xml"]),
)
def test_feeds(client, language, kind, flavour):
    segment = quote(parameter(kind), safe="")
    assert_handled(client.get(f"/{language}/feeds/{segment}/{flavour}"))


@FUZZ
@given(
    language=st.sampled_from(LANGUAGES),
    email=hostile_text,
    reading_language=hostile_text,
    token=hostile_text,
)
def test_subscription_pages(client, settings, language, email, reading_language, token):
    settings.SUBSCRIPTION_RATE_LIMIT_PER_HOUR = 0
    with translation.override(language):
        form = reverse("subscriptions:subscribe")
        actions = {
            action: reverse(f"subscriptions:{action}", args=["TOKEN"])
            for action in ("confirm", "unsubscribe")
        }
    assert_handled(
        client.post(
            form,
            {
                "email": parameter(email),
                "reading_language": parameter(reading_language),
            },
        )
    )
    segment = quote(parameter(token), safe="")
    for path in actions.values():
        assert_handled(client.get(path.replace("TOKEN", segment)))
        assert_handled(client.post(path.replace("TOKEN", segment)))


# A NUL byte, which PostgreSQL refuses in text, in every parameter that
# reaches the database: a refusal or a normal answer, on either database.
NUL_ADDRESSES = [
    "/api/search?q=a%00b&kind=%00&lang=en%00&page=1%00",
    "/en/search/?q=a%00b&kind=%00&year=%00&topic=%00&page=%00",
    "/en/a%00b/",
    "/language/sr%00/?next=/en/%00",
    "/en/feeds/a%00/rss.xml",
    "/documents/1/a%00.pdf",
    "/en/subscriptions/confirm/a%00b/",
    "/api/v2/pages/%00/",
]
NUL_API_PARAMETERS = [
    "locale=en%00",
    "type=news.ArticlePage%00",
    "fields=title%00",
    "order=title%00",
    "slug=a%00b",
    "title=a%00",
    "child_of=1%00",
    "descendant_of=1%00",
    "script=latin%00",
    "a%00=1",
]


@pytest.mark.parametrize("address", NUL_ADDRESSES)
def test_a_nul_byte_in_an_address_is_never_an_error(client, address):
    assert_handled(client.get(address))


@pytest.mark.parametrize("query", NUL_API_PARAMETERS)
@pytest.mark.parametrize("endpoint", ["/api/v2/pages/", "/api/v2/images/"])
def test_the_content_api_refuses_a_nul_byte_in_a_parameter(client, endpoint, query):
    response = client.get(f"{endpoint}?{query}")

    assert response.status_code == 400
    assert "NUL" in response.json()["message"]
