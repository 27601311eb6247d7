"""Cached responses in Django's cache, keyed so that a purge is exact and cheap.

An entry is keyed by the full URL (scheme, host, path, query string). It
records two tokens current when it was stored: the one of its path, and the
site-wide generation. A purge replaces the token of each affected path, which
invalidates every stored query-string variant of that path (newsroom page 2,
filters, searches) at once without finding them; a full purge replaces the
generation. A lookup reads the entry and both tokens in one round trip
(``get_many``), which matters with Redis.

Tokens never expire; a token lost to eviction only turns later lookups of its
path into misses until the next response is stored.

Each process also keeps the entries it has read (``LocalEntries``, at most
``PAGE_CACHE_LOCAL_BYTES``). A local copy is used only after the same round
trip has confirmed that its tokens are still current, so a purge anywhere is
seen on the next request exactly as without it; it saves moving and
unpickling the page on every hit, which was a third of a hit's cost.

With a host-wide purge counter (``PAGE_CACHE_PURGE_COUNTER_FILE``, see
``purge_counter``), a copy confirmed while the counter read ``n`` is served
without the round trip while it still reads ``n`` (and at most
``PAGE_CACHE_LOCAL_TRUST_SECONDS`` after that confirmation): every purge
advances it. That holds for the processes of one host: on several
application hosts sharing one Redis, leave the file unset (a round trip per
hit) unless every purge also reaches every host's counter.

An entry is a dict (status, content, headers, tokens, expiry), which Django's
Redis backend pickles. Packing headers and body into one bytes blob was
measured and not kept: unpickling the dict of a 60 KB page took 10 µs,
unpickling and splitting the blob 17 µs.
"""

import functools
import hashlib
import logging
import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches

from .purge_counter import purge_counter

GENERATION_KEY = "page:generation"

logger = logging.getLogger(__name__)


def page_cache():
    """The Django cache holding pages (``PAGE_CACHE_ALIAS``, default "default")."""
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _digest(text):
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def path_key(path):
    """The key of the token of one path (no query string)."""
    return f"page:path:{_digest(path)}"


def entry_key(url):
    """The key of the entry for one full URL."""
    return f"page:entry:{_digest(url)}"


def new_token():
    return secrets.token_hex(8)


class LocalEntries:
    """The entries this process has read, least recently used dropped first.

    Each is held with the purge count read before it was last confirmed
    against the shared tokens, and the time until which that confirmation
    may stand in for the round trip.
    """

    def __init__(self):
        self._entries = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, url):
        """``(entry, purges, trusted_until)`` for ``url``, or None."""
        with self._lock:
            held = self._entries.get(url)
            if held is not None:
                self._entries.move_to_end(url)
            return held

    def put(self, url, entry, limit, purges=None, trusted_until=0.0):
        size = _size(entry)
        if size > limit:
            return
        with self._lock:
            old = self._entries.pop(url, None)
            if old is not None:
                self._bytes -= _size(old[0])
            self._entries[url] = (entry, purges, trusted_until)
            self._bytes += size
            while self._bytes > limit:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= _size(dropped[0])

    def discard(self, url):
        with self._lock:
            old = self._entries.pop(url, None)
            if old is not None:
                self._bytes -= _size(old[0])


def _size(entry):
    """Bytes an entry holds: its body and its headers."""
    headers = sum(len(name) + len(value) for name, value in entry["headers"])
    return len(entry["content"]) + headers


local_entries = LocalEntries()


def _current(entry, token, generation):
    return (
        token is not None
        and generation is not None
        and entry["tokens"] == (token, generation)
        and entry.get("expires", 0) > time.time()
    )


def _purge_counter():
    """This host's purge counter, or None when not configured."""
    return purge_counter(settings.PAGE_CACHE_PURGE_COUNTER_FILE)


def _readable_purge_counter():
    """The purge counter for a lookup; None if it cannot be opened.

    Hits then ask the cache each time, as without it: a wrong path makes
    them slower, never stale or failing. (A purge that cannot count itself
    fails loudly instead: ``_count_purge``.)
    """
    try:
        return _purge_counter()
    except OSError as error:
        _report_unreadable(settings.PAGE_CACHE_PURGE_COUNTER_FILE, str(error))
        return None


@functools.cache
def _report_unreadable(path, error):
    """Log once per process, not on every hit."""
    logger.error(
        "Cannot open the purge counter %s (%s): every hit asks the cache", path, error
    )


def lookup(url, path):
    """The stored entry for ``url`` if it is still current, else None.

    A local copy confirmed since the last purge on this host is returned
    without asking the cache. Otherwise one round trip: the two tokens, and
    the entry itself unless this process holds a copy (a second one only
    when that copy turns out to be stale).
    """
    counter = _readable_purge_counter()
    # Read before the round trip: a purge it misses advances it afterwards.
    purges = None if counter is None else counter.read()
    held = local_entries.get(url)
    now = time.time()
    if held is not None:
        local, confirmed_at, trusted_until = held
        if purges is not None and confirmed_at == purges and now < trusted_until:
            return local
    cache = page_cache()
    tokens = (path_key(path), GENERATION_KEY)
    if held is not None:
        found = cache.get_many(tokens)
        if _current(local, found.get(tokens[0]), found.get(tokens[1])):
            _keep(url, local, purges, now)
            return local
        local_entries.discard(url)
    keys = (entry_key(url), *tokens)
    found = cache.get_many(keys)
    entry = found.get(keys[0])
    if entry is None or not _current(entry, found.get(keys[1]), found.get(keys[2])):
        return None
    _keep(url, entry, purges, now)
    return entry


def _keep(url, entry, purges, now):
    """Hold ``entry``, confirmed after ``purges`` purges, as this process's copy."""
    trusted_until = min(
        entry.get("expires", 0), now + settings.PAGE_CACHE_LOCAL_TRUST_SECONDS
    )
    local_entries.put(
        url, entry, settings.PAGE_CACHE_LOCAL_BYTES, purges, trusted_until
    )


def current_tokens(path):
    """The path's token and the generation, creating them when missing."""
    cache = page_cache()
    keys = (path_key(path), GENERATION_KEY)
    found = cache.get_many(keys)
    for key in keys:
        if found.get(key) is None:
            # add() keeps a token another worker created meanwhile.
            cache.add(key, new_token(), timeout=None)
    found = cache.get_many(keys)
    return (found.get(keys[0]), found.get(keys[1]))


def store(url, entry, timeout, tokens):
    """Store ``entry`` (a dict) for ``url``, tagged with ``tokens``.

    ``tokens`` must be read (``current_tokens``) before the page is rendered:
    a purge while it renders then leaves the entry stale, instead of a page
    rendered before the publish being stored as current after it.
    """
    entry["tokens"] = tokens
    # Local copies (LocalEntries) must not outlive the shared one.
    entry["expires"] = time.time() + timeout
    page_cache().set(entry_key(url), entry, timeout=timeout)


def purge_paths(paths):
    """Make every stored response for these paths (any query string) stale."""
    paths = set(paths)
    if paths:
        page_cache().set_many(
            {path_key(path): new_token() for path in paths}, timeout=None
        )
        _count_purge()


def purge_everything():
    """Make every stored page stale (a change shown on every page)."""
    page_cache().set(GENERATION_KEY, new_token(), timeout=None)
    _count_purge()


def _count_purge():
    """After the shared cache: this host's local copies are confirmed again."""
    counter = _purge_counter()
    if counter is not None:
        counter.advance()
