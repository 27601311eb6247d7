"""The home page takes a fixed number of SQL queries, however many articles."""

import pytest

from pressroom.home.models import HomePage
from pressroom.testing import make_story, publish_more_articles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def home_content(db):
    """A featured story and more articles than the home page lists."""
    story = make_story()
    for home in HomePage.objects.all():
        home.featured_article = story.get_translation(home.locale)
        home.save_revision().publish()
    publish_more_articles(7, first=100)


# Measured with the demo content, on the first request after a change to the
# content (queries_to_serve), as in news/tests/test_query_counts.py.
# With the logo and the privacy notice, each read once per content version.
HOME_QUERIES = 20
# Served again (the page cache off): the route only, as in
# news/tests/test_query_counts.py (QUERIES_AGAIN), less the page by its slug.
HOME_QUERIES_AGAIN = 8


@pytest.mark.parametrize("url", ["/en/", "/sr/", "/sr-latn/"])
def test_home_query_count_does_not_grow_with_the_articles(
    queries_to_serve, more_articles, url
):
    before = queries_to_serve(url)
    more_articles(12)
    assert before <= HOME_QUERIES
    assert queries_to_serve(url) == before


@pytest.mark.parametrize("url", ["/en/", "/sr/", "/sr-latn/"])
def test_home_served_again_reads_only_its_route(queries_to_serve_again, url):
    # the listing and the fragments are reused (pressroom.rendercache)
    assert queries_to_serve_again(url) <= HOME_QUERIES_AGAIN
