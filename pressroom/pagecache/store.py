"""Cached responses in Django's cache, each valid under one content version.

An entry is keyed by the full URL (scheme, host, path, query string) and
records the content version it was rendered under (``rendercache``). A
lookup takes the entry and answers with it only while the version is still
the current one: every change readers could see, made in any process,
starts a new version, so nothing needs to be found and deleted. Stale
entries are overwritten by the next render or expire.

An entry is a dict (status, content, headers, version, whether it was also
written as a page file), which Django's cache pickles.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches


def page_cache():
    """The Django cache holding pages (``PAGE_CACHE_ALIAS``, default "default")."""
    return caches[settings.PAGE_CACHE_ALIAS]


def entry_key(url):
    """The key of the entry for one full URL."""
    return "page:" + hashlib.md5(url.encode("utf-8"), usedforsecurity=False).hexdigest()


def lookup(url, version):
    """The stored entry for ``url`` if it was rendered under ``version``."""
    entry = page_cache().get(entry_key(url))
    if entry is None or entry.get("version") != version:
        return None
    return entry


def store(url, entry, timeout, version):
    """Store ``entry`` (a dict) for ``url``, rendered under ``version``.

    ``version`` must be read before the page is rendered: a change while it
    renders then leaves the entry stale, instead of a page rendered before
    the change being stored as current after it.
    """
    entry["version"] = version
    page_cache().set(entry_key(url), entry, timeout=timeout)
