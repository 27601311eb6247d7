"""The purge counter is shared by every process that maps its file."""

import os

from pressroom.pagecache.purge_counter import PurgeCounter


def test_a_new_counter_starts_at_zero(tmp_path):
    assert PurgeCounter(tmp_path / "var" / "purges").read() == 0


def test_a_purge_in_another_process_is_seen_here_at_once(tmp_path):
    path = tmp_path / "purges"
    counter = PurgeCounter(path)
    child = os.fork()
    if child == 0:  # another process of the host, with its own mapping
        try:
            PurgeCounter(path).advance()
        finally:
            os._exit(0)
    os.waitpid(child, 0)
    assert counter.read() == 1


def test_concurrent_purges_are_all_counted(tmp_path):
    path = tmp_path / "purges"
    children = []
    for _ in range(4):
        child = os.fork()
        if child == 0:
            try:
                counter = PurgeCounter(path)
                for _ in range(500):
                    counter.advance()
            finally:
                os._exit(0)
        children.append(child)
    for child in children:
        os.waitpid(child, 0)
    assert PurgeCounter(path).read() == 2000
