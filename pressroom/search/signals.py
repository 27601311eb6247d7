"""Wagtail and Django signals that keep the search index current by themselves.

publish → index; an import's batch of new articles → index them at once;
unpublish → remove; move or a new slug → re-index the
branch (its addresses changed); a view restriction added, changed or removed → re-index
the branch it covers. Deleting a page deletes its entry through the foreign
key (and, on SQLite, the FTS5 row through a trigger).
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from pressroom.news.signals import articles_imported

from . import index


def page_was_published(sender, instance, **kwargs):
    index.index_page(instance)


def articles_were_imported(sender, pages, **kwargs):
    index.index_pages(pages)


def page_was_unpublished(sender, instance, **kwargs):
    index.remove_page(instance)


def page_address_changed(sender, instance, **kwargs):
    # Entries store their page's URL: a moved or renamed section changes the
    # URL of every page below it, though only the section was published.
    index.index_subtree(instance)


def restriction_changed(sender, instance, **kwargs):
    # After the commit: a restriction is also deleted when its page is, and
    # indexing that page's branch in the middle of the deletion would add
    # entries for pages about to disappear.
    page_id = instance.page_id
    transaction.on_commit(lambda: index.index_subtree_of(page_id))


def connect():
    """Connect the handlers (called once, from the app's ready())."""
    uid = "pressroom.search"
    page_published.connect(page_was_published, dispatch_uid=f"{uid}.published")
    articles_imported.connect(articles_were_imported, dispatch_uid=f"{uid}.imported")
    page_unpublished.connect(page_was_unpublished, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(page_address_changed, dispatch_uid=f"{uid}.moved")
    page_slug_changed.connect(page_address_changed, dispatch_uid=f"{uid}.renamed")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"{uid}.restriction.{signal is post_save}",
        )
