"""What a page's render reuses from earlier requests until the content changes.

Every change readers could see (``rendercache.changes``: any model not
listed as never shown) advances the *content version*, a number in the
database (``ContentVersion``), in the same transaction as the change. A
request reads it once, at its start (``ContentVersionMiddleware``), and
whatever the render computes through :func:`reused` (the menu, listings,
fragments of HTML, ...) is kept in this process for that version only. The
first request after a change, made in any process, computes it all again.
A request that started before the change keeps the version it started
with to the end; what it keeps is never used under the new one.

Outside a request (management commands, tasks, tests that call a template
tag directly) nothing is kept: :func:`reused` computes each time.
"""

import contextlib
import contextvars
import copy
import threading
from collections import OrderedDict

from django.conf import settings
from django.db import transaction
from django.db.models import F, Model
from django.dispatch import Signal
from django.utils import timezone

# Sent once a transaction that changed the content has committed (or at
# once outside a transaction), in the process that made the change:
# ``pagecache`` removes the page files nginx serves.
content_committed = Signal()

# The store of the version the current request started with.
_current_store = contextvars.ContextVar("pressroom_render_store", default=None)
# The version the current request started with.
_request_version = contextvars.ContextVar("pressroom_content_version", default=None)
# Inside ``changes_batched``: a list that records that something changed.
_batch = contextvars.ContextVar("pressroom_change_batch", default=None)


def current_version():
    """The content version in the database (one query).

    Every request reads it: written as plain SQL (``column_values``), it
    costs about a quarter of the processor time the ORM's query does.
    """
    from .column_values import column_values
    from .models import ContentVersion

    # The one row (pk 1: the migration creates it, content_changed keeps it).
    numbers = column_values(ContentVersion, "number", id=1)
    return numbers[0] if numbers else 0


def request_version():
    """The version the current request started with, or the current one."""
    version = _request_version.get()
    return current_version() if version is None else version


def content_changed():
    """Advance the content version, in the current transaction.

    The request making the change (an editor publishing) reuses nothing
    more: what it kept before the change would be out of date. Inside
    :func:`changes_batched` the version advances once, when the batch ends.
    """
    batch = _batch.get()
    if batch is not None:
        batch.append(True)
        return
    _advance()


def _advance():
    from .models import ContentVersion

    # ``changed_at`` is the Last-Modified of the feeds, sitemap and API.
    advanced = ContentVersion.objects.filter(pk=1).update(
        number=F("number") + 1, changed_at=timezone.now()
    )
    if not advanced:
        ContentVersion.objects.get_or_create(pk=1, defaults={"number": 1})
    _current_store.set(None)
    transaction.on_commit(lambda: content_committed.send(sender=ContentVersion))


@contextlib.contextmanager
def changes_batched():
    """Within this block, changes advance the content version once, at its end
    (a bulk import), instead of once per saved row."""
    if _batch.get() is not None:  # already in a batch
        yield
        return
    changes = []
    token = _batch.set(changes)
    try:
        yield
    finally:
        _batch.reset(token)
        if changes:
            _advance()


class KeptValues:
    """Values by key in this process, at most ``limit`` of them, the least
    recently used dropped first; safe to share between threads."""

    _MISSING = object()

    def __init__(self, limit):
        self.limit = limit
        self._values = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, default=None):
        with self._lock:
            value = self._values.get(key, self._MISSING)
            if value is self._MISSING:
                return default
            self._values.move_to_end(key)
            return value

    def put(self, key, value):
        with self._lock:
            self._values[key] = value
            while len(self._values) > self.limit:
                self._values.popitem(last=False)


class VersionStore(KeptValues):
    """Values computed under one content version."""

    def __init__(self, version, limit):
        super().__init__(limit)
        self.version = version


_store = None
_store_lock = threading.Lock()


def store_for(version):
    """This process's store for ``version``, a new one when the version changed."""
    global _store
    with _store_lock:
        if _store is None or _store.version != version:
            _store = VersionStore(version, settings.RENDER_CACHE_ENTRIES)
        return _store


def begin_request():
    """Put this request under the current content version (see ``end_request``)."""
    version = current_version()
    return (
        _request_version.set(version),
        _current_store.set(store_for(version)),
    )


def end_request(tokens):
    version_token, store_token = tokens
    _current_store.reset(store_token)
    _request_version.reset(version_token)


@contextlib.contextmanager
def computed_afresh():
    """Within this block :func:`reused` computes every value and keeps none:
    a preview shows an unsaved draft, whose listings, topics or featured
    article may differ from the live page's kept under the same key."""
    token = _current_store.set(None)
    try:
        yield
    finally:
        _current_store.reset(token)


# Values that cannot be changed in place are shared as they are.
IMMUTABLE = (str, bytes, int, float, bool, type(None), frozenset)


def frozen_copy(value):
    """``value`` itself if it cannot change, else a copy of it.

    Model instances, lists and dicts kept for a content version are handed
    to each request as copies: what one request sets on a page (its locale,
    a cached property) never reaches another request or thread. A model
    instance is copied as Django pickles it (its own fields and the cache of
    related objects); anything else is copied deeply.
    """
    if isinstance(value, IMMUTABLE):
        return value
    if isinstance(value, list):
        return [frozen_copy(item) for item in value]
    if isinstance(value, tuple):
        return tuple(frozen_copy(item) for item in value)
    if isinstance(value, dict):
        return {key: frozen_copy(item) for key, item in value.items()}
    if isinstance(value, Model):
        return copy.copy(value)
    return copy.deepcopy(value)


def reused(key, compute):
    """``compute()``, or a copy of its value from an earlier request under
    this version.

    ``key`` must name everything the value depends on besides the content:
    the site, the language, the page. The kept value is a copy nobody
    holds, and each request gets a copy of its own (``frozen_copy``).
    """
    store = _current_store.get()
    if store is None:
        return compute()
    missing = object()
    kept = store.get(key, missing)
    if kept is missing:
        value = compute()
        store.put(key, frozen_copy(value))
        return value
    return frozen_copy(kept)
