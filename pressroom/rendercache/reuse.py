"""What a page's render reuses from earlier requests until the content changes.

Every publish, unpublish, move or deletion of a page, every change to a view
restriction, an image or a site-wide setting (the receivers are
``pagecache.signals``, the page cache's own) replaces the *content version*,
a token in the shared cache (Redis in production). A request reads the token
once, at its start (``RenderCacheMiddleware``); whatever the render reads
from the database through :func:`reused` (the site, the route to a page, the
menu, the office contacts, the view restrictions, ...) is kept in this
process for that version only. The first request after a change reads it
all again, so a change shows on the very next request, in every process, as
it would without the cache; a request that started before the change keeps
the version it started with to the end.

The token is replaced once when the change is made and once more when its
transaction commits, so a request that read the database between the two
cannot keep what it read under the version that follows the commit.

Outside a request (management commands, tasks, tests that call a template
tag directly) nothing is kept: :func:`reused` computes each time.
"""

import contextlib
import contextvars
import secrets
import threading
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

VERSION_KEY = "render:content-version"

# The store of the version the current request started with.
_current_store = contextvars.ContextVar("pressroom_render_store", default=None)


def _version_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def current_version():
    """The content version in the shared cache, created when missing."""
    cache = _version_cache()
    version = cache.get(VERSION_KEY)
    if version is None:
        # add() keeps a token another process created meanwhile.
        cache.add(VERSION_KEY, secrets.token_hex(8), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def content_changed():
    """Replace the content version now, and again when the transaction commits.

    The request making the change (an editor publishing) reuses nothing
    more: what it kept before the change would be out of date.
    """

    def bump():
        _version_cache().set(VERSION_KEY, secrets.token_hex(8), timeout=None)

    bump()
    transaction.on_commit(bump)
    _current_store.set(None)


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

    def get_or_compute(self, key, compute):
        """The value kept for ``key``, or ``compute()``'s, then kept."""
        value = self.get(key, self._MISSING)
        if value is self._MISSING:
            value = compute()
            self.put(key, value)
        return value


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
    return _current_store.set(store_for(current_version()))


def end_request(token):
    _current_store.reset(token)


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


def reused(key, compute):
    """``compute()``, or its value from an earlier request under this version.

    ``key`` must name everything the value depends on besides the content:
    the site, the language, the page. Values are shared between requests and
    threads: never change them after they are returned.
    """
    store = _current_store.get()
    if store is None:
        return compute()
    return store.get_or_compute(key, compute)
