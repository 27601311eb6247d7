"""A per-client limit on subscription requests, counted in Django's cache.

One-hour fixed windows per client address, like the search limit: enough
for a journalist who mistyped an address, too few to use the form to send
confirmation e-mails to strangers in bulk.
"""

import time

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60 * 60


def allow_subscription_request(request):
    """Count one request for the client; False once it is over the limit."""
    limit = settings.SUBSCRIPTION_RATE_LIMIT_PER_HOUR
    if not limit:
        return True
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    window = int(time.time() // WINDOW_SECONDS)
    key = f"subscription-rate:{address}:{window}"
    cache.add(key, 0, timeout=WINDOW_SECONDS * 2)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS * 2)
        count = 1
    return count <= limit
