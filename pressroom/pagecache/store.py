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
"""

import hashlib
import secrets

from django.conf import settings
from django.core.cache import caches

GENERATION_KEY = "page:generation"


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


def lookup(url, path):
    """The stored entry for ``url`` if it is still current, else None."""
    keys = (entry_key(url), path_key(path), GENERATION_KEY)
    found = page_cache().get_many(keys)
    entry = found.get(keys[0])
    if entry is None:
        return None
    current = (found.get(keys[1]), found.get(keys[2]))
    if None in current or entry["tokens"] != current:
        return None
    return entry


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
    page_cache().set(entry_key(url), entry, timeout=timeout)


def purge_paths(paths):
    """Make every stored response for these paths (any query string) stale."""
    paths = set(paths)
    if paths:
        page_cache().set_many(
            {path_key(path): new_token() for path in paths}, timeout=None
        )


def purge_everything():
    """Make every stored page stale (a change shown on every page)."""
    page_cache().set(GENERATION_KEY, new_token(), timeout=None)
