"""The newsroom feeds: RSS and Atom in each reading language, whole and per kind."""

import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from xml.etree import ElementTree

from django.utils import translation

from wagtail.models import PageViewRestriction

import feedparser
import pytest

from pressroom.news.models import ArticleKind, ArticlePage
from pressroom.serbian.script import to_latin
from pressroom.syndication.feeds import FEED_LENGTH, kind_slug
from pressroom.syndication.publication import published_at, updated_at

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_content")]


CYRILLIC = re.compile("[\u0400-\u04ff]")
LANGUAGES = ["en", "sr", "sr-latn"]
FORMATS = ["rss", "atom"]
CONTENT_LOCALE = {"en": "en", "sr": "sr", "sr-latn": "sr"}


def fetch(client, language, feed_format, kind=None):
    """Fetch and parse a feed; fail on anything feedparser would complain about."""
    kind_part = f"{kind_slug(kind)}/" if kind else ""
    response = client.get(f"/{language}/feeds/{kind_part}{feed_format}.xml")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return response, feed


def live_articles(language, kind=None):
    articles = ArticlePage.objects.live().filter(
        locale__language_code=CONTENT_LOCALE[language]
    )
    if kind:
        articles = articles.filter(kind=kind)
    return articles


def read_date(text):
    """An RSS (RFC 822) or Atom (RFC 3339) date, which must carry its offset."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = parsedate_to_datetime(text)
    assert moment.tzinfo is not None
    return moment


def article_url(article, language):
    with translation.override(language):
        return "http://testserver" + article.get_url()


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_newsroom_feed_lists_the_articles_of_its_language(
    client, language, feed_format
):
    response, feed = fetch(client, language, feed_format)
    expected = live_articles(language).order_by("-date", "-pk")[:FEED_LENGTH]
    assert [entry.link for entry in feed.entries] == [
        article_url(article, language) for article in expected
    ]
    content_type = {"rss": "application/rss+xml", "atom": "application/atom+xml"}
    assert response["Content-Type"].startswith(content_type[feed_format])
    assert (
        feed.feed.language
        == {"en": "en", "sr": "sr-Cyrl", "sr-latn": "sr-Latn"}[language]
    )


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_entries_carry_dates_authors_summaries_and_pictures(
    client, language, feed_format
):
    _response, feed = fetch(client, language, feed_format)
    articles = {article_url(a, language): a for a in live_articles(language)}
    for entry in feed.entries:
        article = articles[entry.link]
        assert read_date(entry.published) == published_at(article)
        if feed_format == "atom":  # RSS 2.0 has no update date
            assert read_date(entry.updated) == updated_at(article)
        in_script = to_latin if language == "sr-latn" else str
        assert entry.author == in_script(article.byline)
        # A press release's summary starts with its number.
        number = article.shown_release_number
        lead = f"{number} · {article.lead}" if number else article.lead
        assert entry.summary == in_script(lead)
        if article.image is None:
            assert not entry.get("enclosures")
            continue
        (enclosure,) = entry.enclosures
        assert enclosure.href.startswith("http://testserver/media/images/")
        assert enclosure.type == "image/jpeg"
        rendition = article.image.get_rendition("fill-1200x630-c100")
        assert enclosure.href.endswith(rendition.url)
        assert int(enclosure.length) == rendition.file.size


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_are_written_in_full_with_their_offset(client, language):
    rss = client.get(f"/{language}/feeds/rss.xml").content.decode()
    atom = client.get(f"/{language}/feeds/atom.xml").content.decode()
    pub_dates = re.findall(r"<pubDate>([^<]+)</pubDate>", rss)
    assert pub_dates
    rfc822 = r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}"
    assert all(re.fullmatch(rfc822, d) for d in pub_dates)
    published = re.findall(r"<published>([^<]+)</published>", atom)
    assert published
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d", d)
        for d in published
    )


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("kind", ArticleKind.values)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_kind_feed_lists_only_that_kind(client, language, kind, feed_format):
    _response, feed = fetch(client, language, feed_format, kind)
    expected = live_articles(language, kind).order_by("-date", "-pk")
    assert expected.exists()
    assert [entry.link for entry in feed.entries] == [
        article_url(article, language) for article in expected
    ]


def test_kind_feeds_are_titled_in_the_readers_language(client):
    _r, english = fetch(client, "en", "rss", ArticleKind.PRESS_RELEASE)
    _r, cyrillic = fetch(client, "sr", "rss", ArticleKind.PRESS_RELEASE)
    _r, latin = fetch(client, "sr-latn", "atom", ArticleKind.PRESS_RELEASE)
    assert english.feed.title.endswith("Press releases")
    assert cyrillic.feed.title.endswith("Саопштења за јавност")
    assert latin.feed.title.endswith("Saopštenja za javnost")
    assert english.feed.link.endswith("/en/newsroom/?kind=press_release")


def test_an_unknown_kind_is_not_found(client):
    assert client.get("/en/feeds/obituaries/rss.xml").status_code == 404


def test_the_latin_feed_is_the_cyrillic_feed_in_latin_with_the_same_urls(client):
    cyrillic = client.get("/sr/feeds/atom.xml").content.decode()
    latin = client.get("/sr-latn/feeds/atom.xml").content.decode()
    assert not CYRILLIC.search(latin)
    # The same document, letter for letter, apart from its links and language.
    assert to_latin(cyrillic).replace("/sr/", "/sr-latn/").replace(
        'xml:lang="sr-Cyrl"', 'xml:lang="sr-Latn"'
    ) == latin.replace("/sr/", "/sr-latn/")
    urls = re.compile(r'https?://[^\s<"]+')
    assert [
        url.replace("/sr/", "/sr-latn/", 1) for url in urls.findall(cyrillic)
    ] == urls.findall(latin)


def test_markup_and_urls_in_a_title_survive_the_latin_feed(client, serbian):
    article = live_articles("sr").first()
    article.title = 'Љубав & <b>„Њива“</b> на "https://пример.срб/путања" ЏЏ'
    article.save_revision().publish()
    for feed_format in FORMATS:
        _response, feed = fetch(client, "sr-latn", feed_format)
        titles = [entry.title for entry in feed.entries]
        assert 'Ljubav & <b>„Njiva“</b> na "https://пример.срб/путања" DŽDŽ' in titles
        raw = client.get(f"/sr-latn/feeds/{feed_format}.xml").content
        ElementTree.fromstring(raw)  # noqa: S314 (our own output) well-formed


def test_drafts_and_private_articles_stay_out_of_the_feeds(client, english):
    draft, private, *_rest = live_articles("en").order_by("-date", "-pk")
    draft.unpublish()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    for feed_format in FORMATS:
        _response, feed = fetch(client, "en", feed_format)
        links = {entry.link for entry in feed.entries}
        assert article_url(draft, "en") not in links
        assert article_url(private, "en") not in links
        assert links
