"""Per-client rate limits counted in Django's cache: searches, inquiries, subscriptions.

A fixed window per client address: simple, shared by every worker
when the cache is (Redis in production), and cheap. Behind a proxy the address
is the proxy's unless the server passes the client's on (see docs/search.md).
With the cache down, every request is allowed (``pagecache.backends``).
"""

import math
import time

from django.core.cache import cache

WINDOW_SECONDS = 60


def now():
    """The current time; tests replace it to stay inside one window."""
    return time.time()


def client_address(request):
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def allow_request(request, *, scope, limit, window_seconds=WINDOW_SECONDS):
    """Count one request of ``scope`` for the client; False once over ``limit``.

    ``limit`` 0 means no limit. Each scope (search, inquiry) counts apart.
    """
    if not limit:
        return True
    window = int(now() // window_seconds)
    key = f"{scope}-rate:{client_address(request)}:{window}"
    cache.add(key, 0, timeout=window_seconds * 2)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window_seconds * 2)
        count = 1
    return count <= limit


def retry_after(window_seconds=WINDOW_SECONDS):
    """Whole seconds until the current window ends (for Retry-After), at least 1."""
    return max(1, math.ceil(window_seconds - now() % window_seconds))
