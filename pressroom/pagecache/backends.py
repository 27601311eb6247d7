"""Django's Redis cache backend, served around when Redis fails.

Nothing that decides what is current lives in the cache (the content
version is in the database), so losing it costs only speed. Every call that
fails with a Redis error (refused, reset, or slower than the socket
timeouts set in settings) is logged as a warning and answered as a miss:
pages are rendered from the database, rate limits let the request through,
and caching resumes on the first call after Redis is back.
"""

import functools
import logging

from django.core.cache.backends import redis as django_redis

from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# What each method answers when Redis cannot: a miss, nothing stored.
ANSWERS_WHEN_DOWN = {
    "get": lambda *args, default=None, **kwargs: default,
    "get_many": lambda *args, **kwargs: {},
    "set": lambda *args, **kwargs: None,
    "set_many": lambda *args, **kwargs: [],
    "add": lambda *args, **kwargs: False,
    "touch": lambda *args, **kwargs: False,
    "delete": lambda *args, **kwargs: False,
    "delete_many": lambda *args, **kwargs: None,
    "has_key": lambda *args, **kwargs: False,
    "incr": None,  # raises ValueError: callers treat it as a missing key
    "clear": lambda *args, **kwargs: False,
}


def _served_around(name, method):
    answer = ANSWERS_WHEN_DOWN[name]

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            logger.warning("Cache unavailable (%s: %s): served without it", name, error)
            if answer is None:
                raise ValueError("cache unavailable") from error
            return answer(*args, **kwargs)

    return call


class RedisCache(django_redis.RedisCache):
    """``django.core.cache.backends.redis.RedisCache`` that never fails a request."""


for _name in ANSWERS_WHEN_DOWN:
    setattr(
        RedisCache,
        _name,
        _served_around(_name, getattr(django_redis.RedisCache, _name)),
    )
