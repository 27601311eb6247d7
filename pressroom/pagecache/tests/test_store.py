"""The store: entries current only while their tokens are, even as local copies."""

import time

import pytest

from pressroom.pagecache import store

pytestmark = pytest.mark.django_db

URL, PATH = "http://testserver/en/x/", "/en/x/"


def stored(content=b"page", timeout=60):
    entry = {"status": 200, "content": content, "headers": []}
    store.store(URL, entry, timeout, store.current_tokens(PATH))
    return entry


def test_a_local_copy_is_dropped_when_its_path_is_purged():
    stored()
    assert store.lookup(URL, PATH)["content"] == b"page"  # now held locally
    store.purge_paths([PATH])  # as another process would, in the shared cache
    assert store.lookup(URL, PATH) is None


def test_a_local_copy_is_dropped_on_a_full_purge():
    stored()
    store.lookup(URL, PATH)
    store.purge_everything()
    assert store.lookup(URL, PATH) is None


def test_a_local_copy_expires_with_the_shared_entry(monkeypatch):
    stored(timeout=60)
    store.lookup(URL, PATH)
    later = time.time() + 61
    monkeypatch.setattr(store.time, "time", lambda: later)
    assert store.lookup(URL, PATH) is None


def test_a_newer_version_stored_elsewhere_replaces_the_local_copy():
    stored(b"old")
    store.lookup(URL, PATH)
    store.purge_paths([PATH])
    stored(b"new")  # another process renders and stores the new version
    assert store.lookup(URL, PATH)["content"] == b"new"


def entry_of(body_bytes, header_bytes=100):
    """An entry of a given size: body, and one header of name and value."""
    return {"content": b"x" * body_bytes, "headers": [("X", "y" * (header_bytes - 1))]}


def test_local_copies_stay_within_their_byte_limit():
    local = store.LocalEntries()
    for number in range(5):
        local.put(f"u{number}", entry_of(300), limit=1000)  # 400 bytes each
    assert [local.get(f"u{number}") is not None for number in range(5)] == [
        False,
        False,
        False,
        True,
        True,
    ]
    local.put("big", entry_of(2000), limit=1000)
    assert local.get("big") is None
    # Headers count too: a body within the limit is not enough.
    local.put("long headers", entry_of(900, header_bytes=200), limit=1000)
    assert local.get("long headers") is None


@pytest.fixture
def counted(purge_counter_on):
    """A local copy confirmed once, then served without asking the cache."""
    stored(b"page")
    assert store.lookup(URL, PATH)["content"] == b"page"


def replace_token_elsewhere():
    """A purge in the shared cache by a process that does not count it here."""
    store.page_cache().set(store.path_key(PATH), store.new_token(), timeout=None)


@pytest.mark.usefixtures("counted")
def test_a_counted_purge_drops_the_local_copy_at_once():
    store.purge_paths([PATH])
    assert store.lookup(URL, PATH) is None


@pytest.mark.usefixtures("counted")
def test_an_uncounted_purge_is_seen_within_the_trust_time(monkeypatch, settings):
    replace_token_elsewhere()
    assert store.lookup(URL, PATH)["content"] == b"page"  # not asked
    later = time.time() + settings.PAGE_CACHE_LOCAL_TRUST_SECONDS + 0.1
    monkeypatch.setattr(store.time, "time", lambda: later)
    assert store.lookup(URL, PATH) is None


def test_without_the_counter_every_lookup_asks_the_cache():
    stored(b"page")
    store.lookup(URL, PATH)
    replace_token_elsewhere()
    assert store.lookup(URL, PATH) is None


def test_a_counter_file_that_cannot_be_opened_leaves_hits_exact(settings, tmp_path):
    (tmp_path / "a file").write_text("")
    settings.PAGE_CACHE_PURGE_COUNTER_FILE = str(tmp_path / "a file" / "purges")
    stored(b"page")
    assert store.lookup(URL, PATH)["content"] == b"page"
    replace_token_elsewhere()
    assert store.lookup(URL, PATH) is None  # asked the cache, saw the purge
    with pytest.raises(OSError):
        store.purge_paths([PATH])  # a purge that cannot be counted says so
