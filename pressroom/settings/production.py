"""Production settings: refuses to start without its secrets and address."""

import ipaddress
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *

for _name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"):
    if not os.environ.get(_name):
        raise ImproperlyConfigured(
            f"The environment variable {_name} must be set in production."
        )


def _is_loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# The site's address names it in e-mails, the admin and the trusted origin:
# in production it is given, and https. Plain http is only for the loopback
# (deploy/serve-prod on 127.0.0.1), which no one reaches from outside.
if not (os.environ.get("SITE_URL") or os.environ.get("WAGTAILADMIN_BASE_URL")):
    raise ImproperlyConfigured(
        "The environment variable SITE_URL must be set in production: the "
        "site's public address, such as https://press.example.org."
    )
_site = urlsplit(SITE_URL)
if _site.scheme != "https" and not _is_loopback(_site.hostname):
    raise ImproperlyConfigured(
        f"SITE_URL must be an https:// address in production, not {SITE_URL!r} "
        "(plain http only for a loopback address such as http://127.0.0.1:8080)."
    )

# Production runs behind nginx (deploy/): documents leave through its internal
# location once Wagtail's view has checked them (empty: the view streams them).
DOCUMENTS_ACCEL_URL = os.environ.get("DOCUMENTS_ACCEL_URL", "/_documents/")
if DOCUMENTS_ACCEL_URL:
    SENDFILE_BACKEND = "pressroom.visibility.sendfile"

ORIGINAL_IMAGES_ACCEL_URL = os.environ.get(
    "ORIGINAL_IMAGES_ACCEL_URL", "/_original_images/"
)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading commits the domain and every subdomain to HTTPS for years, in
# browsers' built-in lists: an office opts in (SECURE_HSTS_PRELOAD=true).
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # check --deploy's reminder that preloading is off: off is the choice.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_HTTPONLY = True

# One JSON object per log line, for the journal or a log collector.
LOGGING["formatters"] = {
    "json": {
        "()": "pythonjsonlogger.json.JsonFormatter",
        "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
        "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
    }
}
if os.environ.get("LOG_FORMAT", "json") == "json":
    LOGGING["handlers"]["console"]["formatter"] = "json"

if not os.environ.get("REDIS_URL"):
    # Without Redis, the workers of one machine share a file cache: a purge
    # by one worker reaches the others (local memory would not).
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
    }
    CACHES["renditions"] = {
        **CACHES["renditions"],
        "BACKEND": RENDITION_CACHE_BACKENDS.get(
            CACHES["default"]["BACKEND"], CACHES["default"]["BACKEND"]
        ),
        "LOCATION": CACHES["default"]["LOCATION"] + "-renditions",
    }

if os.environ.get("EMAIL_HOST"):
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 587))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
