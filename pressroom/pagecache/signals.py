"""Purge the page cache when a page is published, unpublished, moved or deleted.

Each handler works out the affected paths while the tree still holds the
page (before a deletion, not after it), purges them at once and again when
the transaction commits. A frontend cache (nginx, see docs/deployment.md) is
purged for the same URLs when ``wagtail.contrib.frontend_cache`` is
configured.

The same changes, and any other save of a page or an image, also replace the
content version under which renders reuse what they read
(``pressroom.rendercache``), whether the page cache is on or not.
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from pressroom.rendercache.reuse import content_changed

from . import page_files, store
from .affected import needs_full_purge, paths_affected_by

# Stands for every URL.
EVERYTHING = "*"


def purge(paths):
    """Purge ``paths`` (or everything) now, and again here and at the frontend
    once the transaction commits.

    The first purge makes the change visible to this process at once; the
    second removes an old version another request may have stored before
    the commit made the new one visible.
    """

    def purge_here():
        if paths == EVERYTHING:
            store.purge_everything()
            page_files.remove_all()
        else:
            store.purge_paths(paths)
            page_files.remove(paths)

    def after_commit():
        purge_here()
        purge_frontend(paths)

    purge_here()
    transaction.on_commit(after_commit)


def purge_frontend(paths):
    """Send the purge to the frontend cache, when one is configured."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    if paths == EVERYTHING:
        # nginx's purge module names keys one by one. Pages it serves as
        # files (page_files) are gone with the files; its cached copies of
        # the rest (query strings, feeds) expire within
        # PAGE_CACHE_FRONTEND_SECONDS.
        return
    base = settings.PAGE_CACHE_FRONTEND_BASE_URL.rstrip("/")
    purge_urls_from_cache([f"{base}{path}" for path in sorted(paths)])


def purge_for_page(page):
    """Purge what shows ``page``: a full purge if it shows everywhere."""
    if not settings.PAGE_CACHE_SECONDS:
        return
    if needs_full_purge(page):
        purge(EVERYTHING)
    else:
        purge(paths_affected_by(page))


def page_changed(sender, instance, **kwargs):
    purge_for_page(instance)


def page_moved(sender, instance, **kwargs):
    # Every URL below the page changed, and so did two parents' listings.
    if settings.PAGE_CACHE_SECONDS:
        purge(EVERYTHING)


def page_deleted(sender, instance, **kwargs):
    purge_for_page(instance)


def site_wide_change(sender, **kwargs):
    """A snippet or setting shown on many pages changed."""
    if settings.PAGE_CACHE_SECONDS:
        purge(EVERYTHING)


def restriction_changed(sender, instance, **kwargs):
    # Pages under a new restriction must stop being served from the cache.
    if settings.PAGE_CACHE_SECONDS:
        purge(EVERYTHING)


def content_saved(sender, **kwargs):
    """Any save or deletion of what renders read: a new content version."""
    content_changed()


def connect():
    """Connect the handlers (called once, from the app's ready())."""
    uid = "pressroom.pagecache"
    connect_content_version(f"{uid}.content")
    page_published.connect(page_changed, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(page_changed, dispatch_uid=f"{uid}.unpublished")
    page_slug_changed.connect(page_moved, dispatch_uid=f"{uid}.renamed")
    post_page_move.connect(page_moved, dispatch_uid=f"{uid}.moved")
    # Page models only: a receiver for every sender would stop Django from
    # fast-deleting rows of any model (revisions, log entries, ...).
    for model in apps.get_models():
        if issubclass(model, Page):
            pre_delete.connect(
                page_deleted,
                sender=model,
                dispatch_uid=f"{uid}.deleted.{model._meta.label}",
            )
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"{uid}.restriction.{signal is post_save}",
        )
    for model_name in settings.PAGE_CACHE_SITE_WIDE_MODELS:
        model = apps.get_model(model_name)
        for signal in (post_save, post_delete):
            signal.connect(
                site_wide_change,
                sender=model,
                dispatch_uid=f"{uid}.site_wide.{model_name}.{signal is post_save}",
            )


def connect_content_version(uid):
    """Replace the content version on every change a render could show.

    Wider than the purges above: a draft saved, a page created or copied
    live, an image edited. Each costs the next request a full render.
    """
    senders = [model for model in apps.get_models() if issubclass(model, Page)] + [
        get_image_model(),
        PageViewRestriction,
    ]
    senders += [apps.get_model(name) for name in settings.PAGE_CACHE_SITE_WIDE_MODELS]
    for model in senders:
        for signal in (post_save, post_delete):
            signal.connect(
                content_saved,
                sender=model,
                dispatch_uid=f"{uid}.{model._meta.label}.{signal is post_save}",
            )
    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(content_saved, dispatch_uid=f"{uid}.{id(signal)}")
