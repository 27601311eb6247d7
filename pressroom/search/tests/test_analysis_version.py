"""An upgrade that changes the text analysis rebuilds the index at migrate."""

from io import StringIO

from django.core.management import call_command

import pytest

from pressroom.search.models import IndexState, SearchEntry
from pressroom.serbian.search_terms import ANALYSIS_VERSION
from pressroom.testing import make_article

pytestmark = pytest.mark.django_db


def built_with(version):
    IndexState.objects.update_or_create(pk=1, defaults={"analysis_version": version})


def test_migrate_rebuilds_an_index_built_with_another_analysis(client):
    article = make_article(title="Harbour exercise ends")
    # As an index built by the release before: its terms are not today's.
    SearchEntry.objects.filter(page_id=article.pk).update(title_terms="harbouring")
    built_with(ANALYSIS_VERSION - 1)
    assert client.get("/api/search", {"q": "harbour"}).json()["total"] == 0

    call_command("migrate", verbosity=0)

    assert client.get("/api/search", {"q": "harbour"}).json()["total"] == 1
    assert IndexState.objects.get().analysis_version == ANALYSIS_VERSION


def test_migrate_leaves_an_index_of_todays_analysis_alone():
    article = make_article(title="Harbour exercise ends")
    SearchEntry.objects.filter(page_id=article.pk).update(lead_terms="kept")
    built_with(ANALYSIS_VERSION)

    call_command("migrate", verbosity=0)

    assert SearchEntry.objects.get(page_id=article.pk).lead_terms == "kept"


def test_rebuilding_by_hand_records_the_analysis():
    IndexState.objects.all().delete()
    call_command("rebuild_search_index", stdout=StringIO())
    assert IndexState.objects.get().analysis_version == ANALYSIS_VERSION


def test_the_index_is_compacted_after_a_rebuild_and_still_found(
    client, django_capture_on_commit_callbacks
):
    # FTS5's optimize on SQLite, VACUUM and REINDEX CONCURRENTLY on
    # PostgreSQL: after the commit, since the latter need autocommit (this
    # test's own transaction leaves them out).
    make_article(title="Harbour exercise ends")
    make_article(title="Flood relief convoy")

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        call_command("rebuild_search_index", stdout=StringIO())

    assert callbacks
    assert client.get("/api/search", {"q": "harbour"}).json()["total"] == 1
    assert client.get("/api/search", {"q": "convoy"}).json()["total"] == 1
