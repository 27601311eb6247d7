"""A per-client limit on searches, counted in Django's cache.

A fixed one-minute window per client address: simple, shared by every worker
when the cache is (Redis in production), and cheap. Behind a proxy the address
is the proxy's unless the server passes the client's on (see docs/search.md).
"""

import time

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60


def now():
    """The current time; tests replace it to stay inside one window."""
    return time.time()


def client_address(request):
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def allow_search(request):
    """Count one search for the client; False once it is over the limit."""
    limit = settings.SEARCH_RATE_LIMIT_PER_MINUTE
    if not limit:
        return True
    window = int(now() // WINDOW_SECONDS)
    key = f"search-rate:{client_address(request)}:{window}"
    cache.add(key, 0, timeout=WINDOW_SECONDS * 2)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS * 2)
        count = 1
    return count <= limit
