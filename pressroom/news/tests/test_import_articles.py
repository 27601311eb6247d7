"""``manage.py import_articles``: published articles from a JSON file."""

import json
from datetime import date
from io import StringIO
from pathlib import Path

from django.core.management import CommandError, call_command

import pytest

from pressroom.news.models import ArticlePage, NewsIndexPage

pytestmark = pytest.mark.django_db

ENGLISH = {
    "locale": "en",
    "slug": "quokka-census",
    "title": "Quokka census on Rottnest",
    "lead": "Volunteers counted marsupials across the island.",
    "body_html": "<p>The census took <strong>three</strong> days.</p>"
    "<h2>Results</h2><p>More quokkas than last year.</p>",
    "date": "2025-02-03",
    "kind": "news",
    "topics": ["Wildlife"],
    "translation_key": "quokka-2025",
}
SERBIAN_LATIN = {
    "locale": "sr",
    "slug": "",
    "title": "Popis kvoka na ostrvu Rotnest",
    "lead": "Volonteri su brojali tobolčare širom ostrva; Đorđe je vodio ekipu.",
    "body_html": "<p>Popis je trajao <em>tri</em> dana.</p>",
    "date": "2025-02-03",
    "kind": "news",
    "topics": ["Divlji svet"],
    "translation_key": "quokka-2025",
}


@pytest.fixture
def run_import(tmp_path):
    """Return a function importing records through the command: (stdout, stderr)."""

    def run(records, name="articles.json"):
        path = tmp_path / name
        path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        out, err = [], []

        class Sink:
            def __init__(self, lines):
                self.lines = lines

            def write(self, text):
                self.lines.append(text)

            def flush(self):
                pass

        try:
            call_command(
                "import_articles", str(path), stdout=Sink(out), stderr=Sink(err)
            )
        finally:
            run.out, run.err = "".join(out), "".join(err)
        return run.out, run.err

    return run


def imported(locale, translation_key="quokka-2025"):
    from pressroom.news.importing import translation_key_for

    return ArticlePage.objects.get(
        locale__language_code=locale,
        translation_key=translation_key_for(translation_key),
    )


def found_titles(client, q, lang):
    response = client.get("/api/search", {"q": q, "lang": lang})
    assert response.status_code == 200, response.content
    return [result["title"] for result in response.json()["results"]]


def test_import_creates_live_articles_in_the_newsroom(run_import, english):
    out, _ = run_import([ENGLISH])
    page = imported("en")
    assert "Created 1" in out
    assert page.live and not page.has_unpublished_changes
    assert page.title == "Quokka census on Rottnest"
    assert page.date == date(2025, 2, 3)
    assert page.kind == "news"
    assert page.slug == "quokka-census"
    newsroom = NewsIndexPage.objects.filter(locale=english).order_by("depth").first()
    assert page.get_parent().pk == newsroom.pk
    assert [block.block_type for block in page.body] == [
        "paragraph",
        "heading",
        "paragraph",
    ]
    assert page.body[1].value == "Results"
    assert [topic.name for topic in page.topics.all()] == ["Wildlife"]


def test_importing_the_same_file_again_updates_and_never_duplicates(run_import):
    run_import([ENGLISH, SERBIAN_LATIN])
    out, _ = run_import([ENGLISH, SERBIAN_LATIN])
    assert "Created 0, updated 0, unchanged 2" in out
    changed = {**ENGLISH, "title": "Quokka census: final count"}
    out, _ = run_import([changed, SERBIAN_LATIN])
    assert "Created 0, updated 1, unchanged 1" in out
    pages = ArticlePage.objects.filter(slug="quokka-census")
    assert [page.title for page in pages] == ["Quokka census: final count"]
    assert pages[0].live and not pages[0].has_unpublished_changes


def test_a_record_matching_by_slug_updates_that_article(run_import):
    run_import([ENGLISH])
    out, _ = run_import([{**ENGLISH, "translation_key": "renumbered", "lead": "New."}])
    assert "updated 1" in out
    page = ArticlePage.objects.get(locale__language_code="en", slug="quokka-census")
    assert page.lead == "New."


def test_records_with_one_translation_key_are_translations(run_import, serbian):
    run_import([ENGLISH, SERBIAN_LATIN])
    english_page, serbian_page = imported("en"), imported("sr")
    assert english_page.get_translation(serbian).pk == serbian_page.pk
    newsroom = NewsIndexPage.objects.filter(locale=serbian).order_by("depth").first()
    assert serbian_page.get_parent().pk == newsroom.pk


def test_latin_serbian_is_stored_in_cyrillic_with_an_ascii_slug(run_import):
    run_import([SERBIAN_LATIN])
    page = imported("sr")
    assert page.title == "Попис квока на острву Ротнест"
    assert (
        page.lead
        == "Волонтери су бројали тоболчаре широм острва; Ђорђе је водио екипу."
    )
    assert page.body[0].value.source == "<p>Попис је трајао <em>три</em> дана.</p>"
    assert page.slug == "popis-kvoka-na-ostrvu-rotnest"
    assert [topic.name for topic in page.topics.all()] == ["Дивљи свет"]


def test_cyrillic_serbian_is_kept_as_written(run_import):
    record = {
        **SERBIAN_LATIN,
        "title": "Попис квока",
        "lead": "Ђорђе је водио екипу.",
        "slug": "popis-kvoka",
    }
    run_import([record])
    page = imported("sr")
    assert (page.title, page.lead, page.slug) == (
        "Попис квока",
        "Ђорђе је водио екипу.",
        "popis-kvoka",
    )


def test_invalid_records_are_reported_by_position_and_skipped(run_import):
    records = [
        {**ENGLISH, "kind": "rumour"},
        ENGLISH,
        {**SERBIAN_LATIN, "date": "3 February 2025"},
        "not an object",
        {key: value for key, value in ENGLISH.items() if key != "title"}
        | {"translation_key": "other", "slug": "other"},
        {**ENGLISH, "slug": "another-slug"},  # same translation key as record 1
    ]
    with pytest.raises(CommandError, match="5 of 6 records were not imported"):
        run_import(records)
    err = run_import.err
    assert "record 0: kind must be one of" in err
    assert "record 2: date must be YYYY-MM-DD" in err
    assert "record 3: not a JSON object" in err
    assert "record 4: missing title" in err
    assert "record 5: same locale and translation_key as record 1" in err
    assert "record 1" not in err.replace("as record 1", "")
    assert "Created 1" in run_import.out
    assert imported("en").title == ENGLISH["title"]


def test_a_missing_file_or_bad_json_is_a_clear_error(run_import, tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_articles", str(tmp_path / "missing.json"))
    broken = tmp_path / "broken.json"
    broken.write_text('[{"locale": "en",', encoding="utf-8")
    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("import_articles", str(broken))
    with pytest.raises(CommandError, match="must hold a JSON list"):
        run_import({"locale": "en"})


def test_unsafe_html_is_stripped_from_the_body(run_import, client, reading_url):
    record = {
        **ENGLISH,
        "body_html": '<p onclick="steal()">Safe <b>text</b>'
        '<script>alert("x")</script>'
        '<a href="javascript:alert(1)">bad link</a> '
        '<a href="https://example.org/" target="_blank">good link</a></p>'
        '<iframe src="https://evil.example/"></iframe>'
        '<style>body{display:none}</style><img src=x onerror="alert(2)">',
    }
    run_import([record])
    page = imported("en")
    stored = page.body[0].value.source
    assert stored == (
        '<p>Safe <b>text</b><a>bad link</a> <a href="https://example.org/">'
        "good link</a></p>"
    )
    html = client.get(reading_url(page, "en")).content.decode()
    assert "Safe <b>text</b>" in html
    for unsafe in ("alert", "steal()", "evil.example", "display:none", "onerror"):
        assert unsafe not in html


def test_imported_articles_are_found_by_search_in_both_scripts(run_import, client):
    run_import([ENGLISH, SERBIAN_LATIN])
    assert found_titles(client, "quokkas", "en") == ["Quokka census on Rottnest"]
    cyrillic = "Попис квока на острву Ротнест"
    assert found_titles(client, "квока", "sr") == [cyrillic]
    assert found_titles(client, "popis kvoka", "sr") == [cyrillic]
    assert found_titles(client, "djordje tobolcare", "sr-latn") == [
        "Popis kvoka na ostrvu Rotnest"
    ]


def test_the_documented_example_file_imports(serbian):
    example = Path(__file__).resolve().parents[3] / "docs" / "import-example.json"
    out = StringIO()
    call_command("import_articles", str(example), stdout=out)
    assert (
        "Created 3, updated 0, unchanged 0, failed 0 of 3 records in" in out.getvalue()
    )
    english = ArticlePage.objects.get(slug="cyber-defence-workshop")
    assert english.get_translation(serbian).title == (
        "Радионица о сајбер одбрани у Београду"
    )


def test_an_import_shows_at_once_and_advances_the_version_once(
    run_import, client, reading_url, english, settings
):
    from pressroom.rendercache.reuse import current_version

    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60
    settings.SITE_URL = "http://testserver"
    newsroom = NewsIndexPage.objects.filter(locale=english).order_by("depth").first()
    url = reading_url(newsroom, "en")
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    before = current_version()

    records = [
        {
            **ENGLISH,
            "slug": f"census-{n}",
            "translation_key": f"c-{n}",
            "date": "2031-01-0" + str(n),
        }
        for n in range(1, 4)
    ]
    run_import(records)

    assert current_version() == before + 1  # one batch
    listing = client.get(url)
    assert listing["X-Page-Cache"] == "miss"
    assert "Quokka census on Rottnest" in listing.content.decode()


# Archive speed: articles written in bulk, as Wagtail would have made them ----


def archive(count, first=0):
    """``count`` records, English and Serbian (Cyrillic) pairs of one key."""
    records = []
    for number in range(first, first + count):
        if number % 2 == 0:
            records.append(
                {
                    **ENGLISH,
                    "slug": f"census-{number}",
                    "title": f"Census {number} of quokkas",
                    "translation_key": f"census-{number // 2}",
                    "topics": ["Wildlife", f"Island {number % 3}"],
                }
            )
        else:
            records.append(
                {
                    **SERBIAN_LATIN,
                    "title": f"Попис {number} квока",
                    "lead": "Волонтери су бројали тоболчаре.",
                    "body_html": "<p>Попис је трајао три дана.</p>",
                    "translation_key": f"census-{number // 2}",
                    "topics": ["Дивљи свет"],
                }
            )
    return records


def content_counts():
    """What an import writes, counted: a run that changes nothing keeps them."""
    from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

    from pressroom.rendercache.reuse import current_version
    from pressroom.search.models import SearchEntry

    return {
        "pages": Page.objects.count(),
        "articles": ArticlePage.objects.count(),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "references": ReferenceIndex.objects.count(),
        "search entries": SearchEntry.objects.count(),
        "content version": current_version(),
    }


def assert_made_as_wagtail_makes_them(pages):
    """The tree, revisions, topics and both search indexes of imported pages
    are what Wagtail's own create and publish leave."""
    from django.core.management import call_command as command

    from wagtail.models import Page, PageLogEntry, ReferenceIndex
    from wagtail.search.backends import get_search_backend

    from pressroom.search.models import SearchEntry

    assert Page.find_problems() == ([], [], [], [], [])
    out = StringIO()
    command("fixtree", "--noinput", stdout=out)
    assert "No problems found" in out.getvalue()
    assert "missing a subclass" not in out.getvalue()
    for page in pages:
        parent = page.get_parent()
        assert isinstance(parent.specific, NewsIndexPage)
        assert page.url_path == f"{parent.url_path}{page.slug}/"
        assert parent.numchild == parent.get_children().count()
        assert page.live and not page.has_unpublished_changes
        assert page.first_published_at and page.last_published_at
        revision = page.latest_revision
        assert revision == page.live_revision
        assert list(page.revisions.all()) == [revision]
        draft = revision.as_object()
        assert (draft.title, draft.lead, list(draft.body.raw_data)) == (
            page.title,
            page.lead,
            list(page.body.raw_data),
        )
        assert sorted(t.pk for t in draft.topics.all()) == sorted(
            t.pk for t in page.topics.all()
        )
        actions = PageLogEntry.objects.filter(page=page).values_list(
            "action", flat=True
        )
        assert sorted(actions) == ["wagtail.create", "wagtail.publish"]
        references = ReferenceIndex.get_references_for_object(page)
        before = set(references.values_list("to_object_id", "content_path"))
        ReferenceIndex.create_or_update_for_object(page)
        assert set(references.values_list("to_object_id", "content_path")) == before
        assert SearchEntry.objects.filter(page=page, title=page.title).exists()
    admin_search = get_search_backend().search("quokkas", ArticlePage)
    english = [page.pk for page in pages if page.locale.language_code == "en"]
    assert set(english) <= {page.pk for page in admin_search}


def test_an_archive_is_made_as_wagtail_makes_pages(client, reading_url):
    from pressroom.news.importing import import_articles

    report = import_articles(archive(7), batch_size=3)
    assert (report.created, report.failures) == (7, [])
    pages = list(ArticlePage.objects.filter(pk__in=report.page_ids))
    assert_made_as_wagtail_makes_them(pages)
    page = pages[0]
    assert client.get(reading_url(page, "en")).status_code == 200
    assert found_titles(client, "census 4 quokkas", "en")[0] == "Census 4 of quokkas"
    assert found_titles(client, "popis 5 kvoka", "sr-latn")[0] == "Popis 5 kvoka"
    # Editors carry on from there with Wagtail's own tools.
    page.title = "Census 0, corrected"
    page.save_revision().publish()
    assert_made_as_wagtail_makes_them(pages[1:])
    assert found_titles(client, "census 0 corrected", "en")[0] == "Census 0, corrected"


def test_running_the_same_file_again_changes_nothing(run_import):
    records = archive(6)
    out, _ = run_import(records)
    assert "Created 6, updated 0, unchanged 0, failed 0 of 6 records" in out
    before = content_counts()
    out, _ = run_import(records)
    assert "Created 0, updated 0, unchanged 6, failed 0 of 6 records" in out
    assert content_counts() == before


def test_a_run_stopped_halfway_leaves_whole_articles_and_continues(monkeypatch):
    from wagtail.models import Page

    from pressroom.news import importing

    records = archive(7)
    write_rows = importing._insert_article_rows
    batches = []

    def stopped_in_the_third_batch(pages):
        batches.append(pages)
        write_rows(pages)
        if len(batches) == 3:
            raise KeyboardInterrupt  # ^C, with the batch's rows half written

    monkeypatch.setattr(importing, "_insert_article_rows", stopped_in_the_third_batch)
    pages_before = Page.objects.count()
    with pytest.raises(KeyboardInterrupt):
        importing.import_articles(records, batch_size=2)
    made = list(ArticlePage.objects.filter(slug__startswith="census-"))
    assert len(made) == 2  # the English of the first two batches, none of the third
    assert Page.objects.count() == pages_before + 4
    assert_made_as_wagtail_makes_them(
        ArticlePage.objects.filter(
            translation_key__in=[page.translation_key for page in made]
        )
    )

    monkeypatch.setattr(importing, "_insert_article_rows", write_rows)
    report = importing.import_articles(records, batch_size=2)
    assert (report.created, report.unchanged, report.failures) == (3, 4, [])
    pages = ArticlePage.objects.filter(pk__in=report.page_ids)
    assert pages.count() == 7
    assert_made_as_wagtail_makes_them(pages)


def test_a_record_the_database_refuses_is_named_and_the_batch_still_imported(
    monkeypatch,
):
    from django.db import IntegrityError

    from pressroom.news import importing

    def refused(pages):
        raise IntegrityError("refused")

    # The bulk write fails: the batch is imported again one record at a time
    # through Wagtail's own create and publish.
    monkeypatch.setattr(importing, "_insert_article_rows", refused)
    records = archive(3)
    report = importing.import_articles(records)
    assert (report.created, report.failures) == (3, [])
    assert_made_as_wagtail_makes_them(
        ArticlePage.objects.filter(pk__in=report.page_ids)
    )


def test_errors_are_reported_while_the_rest_is_imported(run_import):
    from pressroom.testing import make_section

    section = make_section(title="Archive")
    records = [
        *archive(2),
        {**ENGLISH, "slug": section.slug, "translation_key": "clash"},
        {**ENGLISH, "date": "yesterday", "translation_key": "bad-date"},
        *archive(2, first=2),
    ]
    with pytest.raises(CommandError, match="2 of 6 records were not imported"):
        run_import(records)
    assert run_import.err.splitlines() == [
        "record 2: the slug is taken by a page that is not an article",
        "record 3: date must be YYYY-MM-DD",
    ]
    assert "Created 4, updated 0, unchanged 0, failed 2 of 6 records" in run_import.out
    assert ArticlePage.objects.filter(slug__startswith="census-").count() == 2


def test_imported_press_releases_are_neither_mailed_nor_numbered(run_import):
    from pressroom.subscriptions.models import Announcement
    from pressroom.testing import make_subscriber

    make_subscriber()
    run_import([{**ENGLISH, "kind": "press_release"}])
    assert not Announcement.objects.filter(page=imported("en")).exists()
    assert imported("en").release_number == ""  # the old site's numbering


def test_a_terminal_sees_a_progress_bar_and_the_failures_as_they_come(tmp_path):
    class Terminal(StringIO):
        def isatty(self):
            return True

    path = tmp_path / "archive.json"
    records = [*archive(4), {**ENGLISH, "kind": "rumour", "translation_key": "x"}]
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    out, err = StringIO(), Terminal()
    with pytest.raises(CommandError):
        call_command("import_articles", str(path), stdout=out, stderr=err)
    assert "record 4: kind must be one of" in err.getvalue()
    assert "5/5" in err.getvalue()
    assert "records/s" in err.getvalue()
    assert "left" in err.getvalue()
    assert out.getvalue().startswith("Created 4, updated 0, unchanged 0, failed 1")
    assert len(out.getvalue().splitlines()) == 1
