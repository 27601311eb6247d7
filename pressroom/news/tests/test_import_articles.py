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
    assert "Created 3, updated 0, unchanged 0, failed 0 of 3 records." in out.getvalue()
    english = ArticlePage.objects.get(slug="cyber-defence-workshop")
    assert english.get_translation(serbian).title == (
        "Радионица о сајбер одбрани у Београду"
    )


def test_an_import_shows_at_once_and_advances_the_version_once(
    run_import, client, reading_url, english, settings
):
    from pressroom.rendercache.reuse import current_version

    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60
    settings.WAGTAILADMIN_BASE_URL = "http://testserver"
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
