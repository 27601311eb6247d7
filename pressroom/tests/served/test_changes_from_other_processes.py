"""A change made in another process shows on the next request, page cache on.

The site serves with the page cache on and its default cache (local memory,
as ``make run`` has it); the changes are made by other processes on the same
database, as the scheduler, ``import_articles`` or an operator's shell make
them.
"""

import pytest
from bs4 import BeautifulSoup

from .conftest import Reader, change_page, start_site, stop_site

pytestmark = pytest.mark.served


@pytest.fixture(scope="module")
def site():
    site = start_site()
    yield site
    stop_site(site)


def title_of(text):
    return BeautifulSoup(text, "html.parser").h1.get_text(strip=True)


def cached_listing(reader, path):
    """Read ``path`` until the page cache answers it; return its text."""
    reader.get(path)
    status, headers, text = reader.get(path)
    assert status == 200
    assert headers["X-Page-Cache"] == "hit"
    return text


def test_a_restriction_made_in_a_shell_hides_the_article_at_once(site):
    reader = Reader(site)
    article = site.pages["article-speech"]["en"]
    newsroom = site.pages["newsroom"]["en"]
    title = title_of(reader.get(article)[2])
    assert title in cached_listing(reader, newsroom)

    change_page(
        site,
        article,
        "PageViewRestriction.objects.create(page=page, restriction_type='login')",
    )

    status, headers, text = reader.get(newsroom)
    assert title not in text
    assert reader.get(article)[0] == 302  # to the sign-in page


def test_the_scheduler_publishes_and_expires_in_front_of_a_cached_site(site):
    reader = Reader(site)
    expiring = site.pages["article-statement"]["en"]
    returning = site.pages["article-interview"]["en"]
    newsroom = site.pages["newsroom"]["en"]
    expiring_title = title_of(reader.get(expiring)[2])
    returning_title = title_of(reader.get(returning)[2])
    change_page(
        site,
        returning,
        "page.unpublish()",
        "page.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))",
    )
    text = cached_listing(reader, newsroom)
    assert returning_title not in text and expiring_title in text
    assert reader.get(returning)[0] == 404

    change_page(
        site,
        expiring,
        "page.expire_at = timezone.now() - timedelta(minutes=1)",
        "page.save()",
    )
    site.manage("publish_scheduled")  # what the scheduler runs every minute

    status, headers, text = reader.get(newsroom)
    assert returning_title in text and expiring_title not in text
    assert reader.get(returning)[0] == 200
    assert reader.get(expiring)[0] == 404
