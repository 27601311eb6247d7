"""Keeping the search index in step with what readers can see.

Only pages readers may see (``pressroom.visibility``) are indexed; anything
else is removed. The signal handlers in ``signals.py`` and
the ``rebuild_search_index`` command call these functions, and after every
``migrate`` the index is rebuilt if the text analysis changed since it was
built (``rebuild_if_analysis_changed``), so an upgrade needs no step of its own.
"""

from django.db import connection, connections, transaction
from django.db.migrations.recorder import MigrationRecorder

from wagtail.models import Locale, Page

from pressroom.serbian.search_terms import ANALYSIS_VERSION
from pressroom.visibility.rules import is_visible, visible_pages

from .documents import SEARCHABLE_TYPES, document_for
from .models import IndexState, SearchEntry
from .names import field_terms
from .ordering import order_key


def index_page(page):
    """Add, update or remove the entry of one page; return the entry or None."""
    page = page.specific
    if not isinstance(page, SEARCHABLE_TYPES):
        return None  # home, index and contact pages are never entries
    document = document_for(page) if is_visible(page) else None
    if document is None:
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return None
    entry, _created = SearchEntry.objects.update_or_create(
        page_id=page.pk, defaults=entry_fields(document, page.pk)
    )
    return entry


def index_pages(pages):
    """Add or update the entries of many saved pages at once (an import).

    One query finds which of them readers may see; the entries are written
    in bulk. Returns the number of entries written.
    """
    pages = [page for page in pages if isinstance(page, SEARCHABLE_TYPES)]
    ids = [page.pk for page in pages]
    visible = set(
        visible_pages(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True)
    )
    SearchEntry.objects.filter(page_id__in=ids).delete()
    entries = []
    for page in pages:
        document = document_for(page) if page.pk in visible else None
        if document is not None:
            entries.append(
                SearchEntry(page_id=page.pk, **entry_fields(document, page.pk))
            )
    return len(SearchEntry.objects.bulk_create(entries))


def entry_fields(document, page_id):
    """The fields of the SearchEntry of a page's Document: display text and terms."""
    language = document.language
    return {
        "order_key": order_key(language, document.date, page_id),
        "language": language,
        "kind": document.kind,
        "date": document.date,
        "title": document.title,
        "url": document.url,
        "text": "\n".join(filter(None, [document.lead, document.body])),
        # With the other spellings of registered names (names.py).
        "title_terms": field_terms(document.title, language),
        "lead_terms": field_terms(document.lead, language),
        "body_terms": field_terms(document.body, language),
    }


def remove_page(page):
    """Remove a page from the index (unpublished, deleted)."""
    SearchEntry.objects.filter(page_id=page.pk).delete()


def index_subtree(page):
    """Re-index a page and everything below it (after a move or a restriction)."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
        if isinstance(descendant, SEARCHABLE_TYPES):
            index_page(descendant)


def index_subtree_of(page_id):
    """Re-index the branch of the page with this id, if it still exists."""
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        index_subtree(page)


@transaction.atomic
def rebuild_index(batch_size=500):
    """Empty the index and index every searchable page again; return the count.

    Pages are read in chunks and entries written in bulk, ``batch_size`` at a
    time: ``visible_pages`` has already left out what readers may not see, so
    no page needs a query of its own.
    """
    SearchEntry.objects.all().delete()
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    pages = (
        visible_pages(Page.objects.type(*SEARCHABLE_TYPES))
        .order_by("path")
        .specific()
        .iterator(chunk_size=batch_size)
    )
    count, batch = 0, []
    for page in pages:
        page.locale = locales[page.locale_id]  # one query for all, not one each
        document = document_for(page)
        if document is not None:
            batch.append(
                SearchEntry(page_id=page.pk, **entry_fields(document, page.pk))
            )
        if len(batch) >= batch_size:
            count += len(SearchEntry.objects.bulk_create(batch))
            batch = []
    count += len(SearchEntry.objects.bulk_create(batch))
    IndexState.objects.update_or_create(
        pk=1, defaults={"analysis_version": ANALYSIS_VERSION}
    )
    if count:
        transaction.on_commit(compact_after_rebuild)
    return count


def compact_after_rebuild():
    """Once a rebuild is committed, give the full-text index the shape of
    one built at once.

    A rebuild deletes every entry and inserts it again. At 100,000 articles
    that left SQLite's FTS5 index in many segments full of deletions (the
    search mix's p95 14-16 ms against 9-11 after FTS5's ``optimize``) and
    each PostgreSQL GIN index three times the size of one built at once
    (1,831 pages against 641; a tenth more server time a search). On
    PostgreSQL the tables are vacuumed first, so that the deleted entries
    are gone from the new indexes, and ``REINDEX CONCURRENTLY`` builds them
    beside the old ones while readers search; both need autocommit, hence
    after the commit.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "INSERT INTO search_entry_fts(search_entry_fts) VALUES ('optimize')"
            )
        elif connection.vendor == "postgresql" and connection.get_autocommit():
            for table in ("search_searchentry", "search_entry_ranking"):
                cursor.execute(f"VACUUM (ANALYZE) {table}")  # noqa: S608 (fixed names)
                cursor.execute(f"REINDEX TABLE CONCURRENTLY {table}")  # noqa: S608


def rebuild_if_analysis_changed():
    """Rebuild the index if it was built with another text analysis than
    today's, or none is recorded; return the number of pages indexed, or
    None if the index was up to date."""
    state = IndexState.objects.filter(pk=1).first()
    if state is not None and state.analysis_version == ANALYSIS_VERSION:
        return None
    return rebuild_index()


# The migration that made IndexState.
STATE_MIGRATION = ("search", "0008_index_state")


def analysis_migrated(sender, using="default", verbosity=1, **kwargs):
    """post_migrate: rebuild the index if the analysis changed (once the
    search app's tables are all there)."""
    applied = MigrationRecorder(connections[using]).applied_migrations()
    if STATE_MIGRATION not in applied:
        return
    count = rebuild_if_analysis_changed()
    if count and verbosity >= 1:  # a new site has nothing to index
        print(
            f"Rebuilt the reader search index for the new text analysis: {count} pages."
        )
