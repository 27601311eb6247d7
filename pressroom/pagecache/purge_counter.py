"""A host-wide purge counter: 8 bytes in a memory map shared by processes.

Every process of one host that serves or purges pages maps the same small
file (``PAGE_CACHE_PURGE_COUNTER_FILE``). A purge advances the counter after it
has written the shared cache (Redis) and before the publishing request
returns; a worker reads it with one memory load, no system call. A worker
that confirmed a local page copy against Redis while the counter read ``n``
may serve that copy again without asking Redis as long as the counter still
reads ``n``: no purge has happened since, anywhere on the host.

The counter is read *before* the round trip that confirms a copy: a purge
that the round trip did not see advances the counter after that read, so the
copy is confirmed again on the next request.

Pure Python, no Django: ``pagecache.store`` calls it.
"""

import contextlib
import fcntl
import mmap
import os

SIZE = 8


class PurgeCounter:
    """The counter in ``path`` (made when missing), mapped into this process."""

    def __init__(self, path):
        self.path = os.fspath(path)
        directory = os.path.dirname(self.path)
        if directory:
            os.makedirs(directory, exist_ok=True)
        # Only the site's user (and group) may count: a counter set back
        # would let workers serve copies that a purge had dropped.
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o660)
        with self._locked():
            if os.fstat(self._fd).st_size < SIZE:
                os.ftruncate(self._fd, SIZE)
        self._map = mmap.mmap(self._fd, SIZE)  # shared with every process
        # One aligned 8-byte word: reads and writes of it are single loads
        # and stores.
        self._word = memoryview(self._map).cast("Q")

    @contextlib.contextmanager
    def _locked(self):
        fcntl.lockf(self._fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.lockf(self._fd, fcntl.LOCK_UN)

    def read(self):
        """The number of purges counted so far."""
        return self._word[0]

    def advance(self):
        """Count one purge; the lock keeps two purgers from losing one."""
        with self._locked():
            self._word[0] = (self._word[0] + 1) % 2**64


_opened = {}


def purge_counter(path):
    """The counter for ``path``, opened once per process; None without a path."""
    if not path:
        return None
    counter = _opened.get(path)
    if counter is None:
        # A forked worker keeps its parent's map: it is shared, not copied.
        counter = _opened[path] = PurgeCounter(path)
    return counter
