"""Cache backends for Wagtail's ``renditions`` cache that are only read on a hit.

Wagtail 8.0 looks renditions up in the ``renditions`` cache before the
database, then writes back every rendition it did not mark as coming from a
cache. Renditions read from the cache itself are not marked (only prefetched
ones are), so every ``{% picture %}`` tag wrote its six or nine renditions
back on every render: a Redis round trip, or one file written per rendition
with the file cache. Fixed upstream after 8.0.1 (wagtail/wagtail#14541,
commit c1c39fe); these backends do the marking until that release, and can
then be dropped for the plain ones.
"""

from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.locmem import LocMemCache

from pressroom.pagecache.backends import RedisCache


class RenditionsReadFromCache:
    """Mark what ``get_many`` finds as read from the cache (see the module)."""

    def get_many(self, keys, version=None):
        found = super().get_many(keys, version=version)
        for rendition in found.values():
            rendition._from_cache = True
        return found


class LocMemRenditionCache(RenditionsReadFromCache, LocMemCache):
    """Local memory (development, tests)."""


class FileBasedRenditionCache(RenditionsReadFromCache, FileBasedCache):
    """Files shared by the workers of one machine (production without Redis)."""


class RedisRenditionCache(RenditionsReadFromCache, RedisCache):
    """Redis (production), served around when Redis fails (``pagecache.backends``)."""
