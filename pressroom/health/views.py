"""``/healthz``: can this process reach its database and its cache?

For load balancers and monitoring. It answers 200 with ``{"status": "ok"}``
and one entry per dependency, or 503 naming what failed; it never shows an
error's details, which belong in the log.

``/healthz/services``, for monitoring only (a load balancer must not take the
application out because the worker stopped): the task worker's and the
scheduler's last heartbeat (``heartbeat.py``), 503 when either is missing or
older than a few minutes.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from . import heartbeat

logger = logging.getLogger(__name__)


def database_reachable():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_reachable():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    try:
        return cache.get(key) == "ok"
    finally:
        cache.delete(key)


CHECKS = {"database": database_reachable, "cache": cache_reachable}


@never_cache
@require_safe
def healthz(request):
    """Check each dependency; 200 when all answer, else 503."""
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = "ok" if check() else "failing"
        except Exception:  # noqa: BLE001 - any failure is "failing", logged
            logger.exception("Health check %s failed", name)
            results[name] = "failing"
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "failing", **results},
        status=200 if healthy else 503,
    )


@never_cache
@require_safe
def services(request):
    """The background processes' heartbeats; 200 when all are recent, else 503."""
    try:
        report = heartbeat.report()
    except Exception:  # noqa: BLE001 - no database, no heartbeat to show
        logger.exception("Reading the heartbeats failed")
        return JsonResponse({"status": "failing"}, status=503)
    healthy = all(entry["status"] == "ok" for entry in report.values())
    return JsonResponse(
        {"status": "ok" if healthy else "failing", **report},
        status=200 if healthy else 503,
    )
