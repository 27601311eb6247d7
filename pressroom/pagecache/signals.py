"""Remove the page files nginx serves once a change to the content commits.

The page cache itself needs no purge: its entries are valid for one content
version only (``store``). Page files are read by nginx, which knows nothing
of versions, so the process that committed the change removes them all.
"""

from pressroom.rendercache.reuse import content_committed

from . import page_files


def content_was_committed(sender, **kwargs):
    page_files.remove_all()


def connect():
    """Connect the handler (called once, from the app's ready())."""
    content_committed.connect(
        content_was_committed, dispatch_uid="pressroom.pagecache.page_files"
    )
