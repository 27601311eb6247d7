"""A change made in another process shows on the next request, page cache on.

The site serves with the page cache on and its default cache (local memory,
as ``make run`` has it); the changes are made by other processes on the same
database, as the scheduler, ``import_articles`` or an operator's shell make
them.
"""

import json
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from pressroom.tests.browser.server import BASE_DIR

from .conftest import Reader, change_page, start_site, stop_site

# Its site runs on SQLite, whatever the suite's database (docs/testing.md).
pytestmark = [pytest.mark.served, pytest.mark.own_site]


@pytest.fixture(scope="module")
def site():
    # Searches of every test below, from one address, within a minute.
    site = start_site(env={"SEARCH_RATE_LIMIT_PER_MINUTE": "0"})
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


# Every kind of change of the in-process matrix
# (pressroom/visibility/tests/test_hidden_everywhere.py), made by one shell
# process beside the running server, one kind at a time: the test reads the
# served surfaces, cached, tells the shell to make the next change, and reads
# them again. Each article has a section of its own, so that restricting one
# section hides one article.
CHANGER = """
import json, sys
from datetime import timedelta
from urllib.parse import urlsplit
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone, translation
from wagtail.models import Revision
from pressroom.testing import make_article, make_section, restrict

LATER = timezone.now().date() + timedelta(days=400)  # first in every listing


def address(page):
    with translation.override("en"):
        return urlsplit(page.get_url()).path


def new_article(token, publish=True):
    section = make_section()  # its title must not name the token
    page = make_article(
        parent=section, title=f"Report {token}", lead=f"Lead {token}.",
        body=f"Body {token}body.", kind="press_release", day=LATER,
        publish=publish,
    )
    return {"page": page, "section": section}


def scheduled(token):
    made = new_article(token, publish=False)
    made["page"].save_revision(approved_go_live_at=timezone.now() + timedelta(hours=2))
    return made


def go_live(page):
    Revision.page_revisions.filter(object_id=str(page.pk)).update(
        approved_go_live_at=timezone.now() - timedelta(minutes=1)
    )
    call_command("publish_scheduled")


def expire(page):
    page.expire_at = timezone.now() - timedelta(minutes=1)
    page.save()
    call_command("publish_scheduled")


def move_under_restriction(page, section):
    private = make_section(title="Internal notes")
    restrict(private, "login")
    page.move(private, pos="last-child")


def draft(page, token):
    page = page.get_latest_revision_as_object()
    page.title = f"Draft {token}"
    page.save_revision()


CHANGES = {
    "login-restricted": lambda page, section, token: restrict(page, "login"),
    "password-restricted": lambda page, section, token: restrict(page, "password"),
    "group-restricted": lambda page, section, token: restrict(
        page, "groups", groups=[Group.objects.get(name="Editors")]
    ),
    "under a restricted section": lambda page, section, token: restrict(section),
    "moved under a restricted section": lambda page, section, token:
        move_under_restriction(page, section),
    "unpublished": lambda page, section, token: page.unpublish(),
    "expired": lambda page, section, token: expire(page),
    "deleted": lambda page, section, token: page.delete(),
    "scheduled, then published": lambda page, section, token: go_live(page),
    "an unpublished change": lambda page, section, token: draft(page, token),
}

made = {}
for kind, token in json.loads(sys.stdin.readline()).items():
    if kind == "scheduled, then published":
        made[kind] = scheduled(token)
    elif kind == "an unpublished change":
        made[kind] = new_article(token.replace("quokka", "wombat"))
    else:
        made[kind] = new_article(token)
    made[kind]["token"] = token
print("ANSWER", json.dumps({
    kind: {
        "url": address(found["page"]),
        "section": address(found["section"]),
        "slug": found["page"].slug,
    }
    for kind, found in made.items()
}), flush=True)
for line in sys.stdin:
    kind = json.loads(line)
    found = made[kind]
    page = type(found["page"]).objects.get(pk=found["page"].pk)
    CHANGES[kind](page, found["section"], found["token"])
    moved = type(page).objects.filter(pk=page.pk).first()
    print("ANSWER", json.dumps(address(moved) if moved else None), flush=True)
"""

HIDDEN_AFTER_SHOWN = [
    "login-restricted",
    "password-restricted",
    "group-restricted",
    "under a restricted section",
    "moved under a restricted section",
    "unpublished",
    "expired",
    "deleted",
]
KINDS = [*HIDDEN_AFTER_SHOWN, "scheduled, then published", "an unpublished change"]


def token_of(kind):
    """A word of its own in the article's title, lead and body."""
    return "quokka" + "".join(letter for letter in kind if letter.isalpha())


class Changer:
    """A Django shell beside the served site that makes one change per line."""

    def __init__(self, site):
        command = [sys.executable, "manage.py", "shell", "--no-startup"]
        self.process = subprocess.Popen(  # noqa: S603 (our own manage.py, no shell)
            [*command, "--command", CHANGER],
            cwd=BASE_DIR,
            env=site.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.articles = self.ask({kind: token_of(kind) for kind in KINDS})

    def ask(self, message):
        self.process.stdin.write(json.dumps(message) + "\n")
        self.process.stdin.flush()
        for line in self.process.stdout:  # what the shell prints besides
            if line.startswith("ANSWER "):
                return json.loads(line.removeprefix("ANSWER "))
        raise RuntimeError(f"the shell ended (status {self.process.wait()})")

    def change(self, kind):
        """Make the change ``kind``; the article's address after it (or None)."""
        return self.ask(kind)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=60)


@pytest.fixture(scope="module")
def changer(site):
    changer = Changer(site)
    yield changer
    changer.close()


def surfaces(reader, article, token, urls=()):
    """{surface: text} of every served surface that could name the article;
    the search API and the sitemap count when they link to it."""
    paths = {
        "section": article["section"],
        "RSS": "/en/feeds/rss.xml",
        "Atom": "/en/feeds/atom.xml",
        "search API": f"/api/search?q={token}&lang=en",
        "sitemap": "/sitemap.xml",
    }
    for number, url in enumerate((article["url"], *urls)):
        paths[f"page {number}"] = url
    texts = {}
    for name, path in paths.items():
        status, headers, text = reader.get(path)
        texts[name] = text if status == 200 else ""
    for name in ("search API", "sitemap"):
        texts[name] = token if f"/{article['slug']}/" in texts[name] else ""
    return texts


def showing(texts, token):
    return sorted(name for name, text in texts.items() if token in text)


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_change_from_another_process_shows_on_the_next_request(
    site, changer, kind
):
    reader = Reader(site)
    article = changer.articles[kind]
    token = token_of(kind)
    before = surfaces(reader, article, token)  # read, so the page cache holds it
    before = surfaces(reader, article, token)
    if kind in HIDDEN_AFTER_SHOWN:
        assert showing(before, token) == sorted(before)

    address = changer.change(kind)
    after = surfaces(reader, article, token, [address] if address else [])

    if kind == "scheduled, then published":
        assert showing(before, token) == []
        assert showing(after, token) == sorted(after)
    elif kind == "an unpublished change":
        # The draft's title shows nowhere; the live page stays at its address.
        assert showing(after, token) == ["sitemap"]
        assert token.replace("quokka", "wombat") in after["page 0"]
    else:
        # The page asks for a sign-in or a password, or is gone.
        assert showing(after, token) == []
    if kind in ("login-restricted", "group-restricted", "under a restricted section"):
        assert reader.get(article["url"])[0] == 302
