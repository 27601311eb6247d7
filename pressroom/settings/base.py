"""Settings shared by every environment.

Base is safe for production: DEBUG is off and nothing secret is invented here.
Each integration switches on only when its environment variable is set.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from pressroom.languages.reading import LANGUAGE_CHOICES

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    """Read a boolean from the environment ("1", "true", "yes" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated list from the environment."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

# The site's public address, the one setting the other addresses derive from:
# links for readers (canonical, feeds, sitemap, APIs) and in e-mails, the
# admin's base URL, the trusted origin of forms; pressroom.sitesetup.address
# makes every absolute URL from it. `manage.py setup_site` records it on
# Wagtail's Site. WAGTAILADMIN_BASE_URL, its older name, still works. Unset
# (development), pages link to the host they were asked on, and e-mail to
# http://127.0.0.1:8000.
SITE_URL = (
    os.environ.get("SITE_URL") or os.environ.get("WAGTAILADMIN_BASE_URL") or ""
).rstrip("/")
_site = urlsplit(SITE_URL or "http://127.0.0.1:8000")
if _site.scheme not in {"http", "https"} or not _site.hostname or _site.path:
    raise ImproperlyConfigured(
        f"SITE_URL must be an address such as https://press.example.org, "
        f"not {SITE_URL!r}."
    )
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS") or [
    f"{_site.scheme}://{_site.netloc}"
]

INSTALLED_APPS = [
    "pressroom.languages",
    "pressroom.visibility",
    "pressroom.ratelimits",
    "pressroom.serbian",
    "pressroom.home",
    "pressroom.news",
    "pressroom.contact",
    "pressroom.events",
    "pressroom.branding",
    "pressroom.sitesetup",
    "pressroom.demo",
    "pressroom.search",
    "pressroom.outbox",
    "pressroom.scheduling",
    "pressroom.editorial",
    "pressroom.subscriptions",
    "pressroom.accreditation",
    "pressroom.health",
    "pressroom.backups",
    "pressroom.twofactor",
    "pressroom.inquiries",
    "pressroom.syndication",
    "wagtail.api.v2",
    "pressroom.pagecache",
    "pressroom.rendercache",
    "pressroom.pictures",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # Anonymous GET pages from the cache: outside every other middleware, so
    # a hit skips all of them and replays the headers they added to the miss
    # (security headers, CSP); see pressroom/pagecache.
    # The content version, read once per request (pressroom/rendercache).
    "pressroom.rendercache.middleware.ContentVersionMiddleware",
    "pressroom.pagecache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # django-csp's, with the admin's own policy (pressroom/editorial).
    "pressroom.editorial.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, sending unprefixed page paths to the reader's language.
    "pressroom.languages.middleware.ReadingLanguageLocaleMiddleware",
    # Content-Language from the path's reading language (sr-Cyrl, not "sr").
    "pressroom.languages.middleware.ContentLanguageMiddleware",
    # Converts /sr-latn/ responses from Cyrillic to Latin: the one place where
    # the Latin site is derived. It sits inside every cache so that what is
    # cached is already converted.
    "pressroom.serbian.middleware.LatinScriptMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "pressroom.twofactor.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Marks the browser after a successful sign-in: it then keeps its own
    # count of failures (pressroom/twofactor/lockout.py).
    "pressroom.twofactor.lockout.KnownBrowserMiddleware",
    # Last, as django-axes requires: answers a locked-out sign-in.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out client before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Brute-force protection for signing in (django-axes): five failures within
# 30 minutes for one user name, from any addresses, or from one address, for
# any user names, lock out further attempts for 30 minutes. A browser or
# address the account has signed in from before keeps its own count, so
# that whoever knows a user name cannot lock its owner out
# (pressroom/twofactor/lockout.py, docs/security.md).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", 0.5))
AXES_LOCKOUT_PARAMETERS = "pressroom.twofactor.lockout.lockout_parameters"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "locked_out.html"
AXES_VERBOSE = False

# Two-factor sign-in (django-otp, TOTP authenticator apps) for administrators
# and for these groups: the media desk and HQ see journalists' personal data,
# the head of public affairs publishes.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", True)
TWO_FACTOR_GROUPS = ["Media desk", "HQ press office", "Head of public affairs"]
# A first authenticator app is set up only with a one-time enrolment link
# (pressroom/twofactor/enrolment.py), valid this long.
TWO_FACTOR_ENROLMENT_LINK_HOURS = int(
    os.environ.get("TWO_FACTOR_ENROLMENT_LINK_HOURS", 24)
)
OTP_TOTP_ISSUER = "Pressroom"
# The demo's accounts get the well-known password "pressroom-demo" only where
# this is true (development, tests); elsewhere the demo loader generates one
# per account and prints it once, and production refuses to run while any
# account has the demo's password (pressroom/demo/checks.py).
DEMO_FIXED_PASSWORDS = False

# Security headers on every response. The public site runs no inline script
# or style, so the Content Security Policy allows only the site's own files.
# The Wagtail admin has a policy of its own, below; a preview may be framed
# by the admin (pressroom/editorial/middleware.py, docs/security.md).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The admin: the tightest policy Wagtail 8's admin works under. Its widgets
# (date, page and image choosers, inline panels) start from inline scripts
# written per field, and an inline panel's new form runs scripts made from a
# template in the browser, so neither hashes nor nonces can name them:
# scripts and styles may be inline, nothing may come from or go to another
# site (no eval, no plugins, no <base>, no framing by others). Its live
# preview is a frame of the site's own (frame-src).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# No call from the admin to wagtail.org for news of new releases: the
# admin's policy allows no other site, and upgrades follow the lock file.
WAGTAIL_ENABLE_UPDATE_CHECK = False

ROOT_URLCONF = "pressroom.urls"
WSGI_APPLICATION = "pressroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "pressroom.languages.context_processors.reading_language_context",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL.
DATABASE_URL = os.environ.get(
    "DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'pressroom.sqlite3'}"
)
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers carry on while an editor publishes; the busy
        # timeout makes a writer wait for the lock instead of failing at once.
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA foreign_keys=ON;"
        ),
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
    }
else:
    # Added to what DATABASE_URL gives (sslmode=require, options=...).
    database_options = DATABASES["default"].setdefault("OPTIONS", {})
    # No JIT compiling: a query whose cost the planner overestimates (tables
    # not analysed yet: a new site, a test database) was compiled for 200 to
    # 300 ms before running for one; no query of the site runs long enough to
    # gain from it.
    database_options["options"] = " ".join(
        filter(None, [database_options.get("options"), "-c jit=off"])
    )
    if env_bool("DATABASE_PREPARED_STATEMENTS", default=True):
        # Parameters bound by the server, so psycopg prepares a statement it
        # has sent five times on a connection: PostgreSQL then skips planning
        # it. An article's routing query spends about 0.5 ms of its 1.5 ms in
        # the planner. Turn off behind a pooler in transaction mode
        # (PgBouncer), which cannot keep a connection's prepared statements.
        # (Django turns psycopg's preparing off unless given a threshold.)
        database_options.update(server_side_binding=True, prepare_threshold=5)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Three reading languages from two written ones: English, and Serbian written
# in Cyrillic and served in Cyrillic (sr) and Latin (sr-latn).
LANGUAGE_CODE = "en"
# The reading languages, from their one source (pressroom/languages/reading.py).
LANGUAGES = LANGUAGE_CHOICES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
# Dates as each language writes them: Serbian puts a day's month in the
# genitive (pressroom/languages/dates.py).
FORMAT_MODULE_PATH = ["pressroom.languages.formats"]
TIME_ZONE = "Europe/Belgrade"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = [("en", _("English")), ("sr", _("Serbian"))]

STATIC_URL = "/static/"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Renditions get a random part in their names (pressroom/pictures/storage.py).
    "renditions": {"BACKEND": "pressroom.pictures.storage.UnguessableRenditionStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

WAGTAIL_SITE_NAME = "Pressroom"
# No Gravatar pictures in the admin: they would tell gravatar.com every
# staff member's e-mail address (hashed) and which admin pages they open.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail's own links (its notification e-mails, the content API's redirect
# to a found page) on the site's address; pressroom's come from
# pressroom.sitesetup.address.
WAGTAILADMIN_BASE_URL = f"{_site.scheme}://{_site.netloc}"
WAGTAILAPI_BASE_URL = SITE_URL or None
# Wagtail's search backend serves the admin only; readers search
# pressroom.search's own index (see docs/search.md).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Local memory by default (one process); REDIS_URL shares the cache, and so
# the page cache and the rate limits, between processes. What is current is
# never decided by the cache (the content version is in the database), so
# any cache may be lost or unreachable: Redis down or slower than its
# timeouts is logged and served around (pressroom/pagecache/backends.py).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "pressroom.pagecache.backends.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "pressroom"),
        "OPTIONS": {
            "socket_timeout": float(os.environ.get("REDIS_TIMEOUT_SECONDS", 0.1)),
            "socket_connect_timeout": float(
                os.environ.get("REDIS_TIMEOUT_SECONDS", 0.1)
            ),
        },
    }
# Wagtail looks image renditions up here before the database: one query
# fewer per image on every uncached page. The same kind of cache as the
# default, in a class that does not write back what it has just read
# (pressroom/pictures/rendition_cache.py).
_BACKENDS, _RENDITIONS = (
    "django.core.cache.backends",
    "pressroom.pictures.rendition_cache",
)
RENDITION_CACHE_BACKENDS = {
    f"{_BACKENDS}.locmem.LocMemCache": f"{_RENDITIONS}.LocMemRenditionCache",
    f"{_BACKENDS}.filebased.FileBasedCache": f"{_RENDITIONS}.FileBasedRenditionCache",
    "pressroom.pagecache.backends.RedisCache": f"{_RENDITIONS}.RedisRenditionCache",
}
CACHES["renditions"] = {
    **CACHES["default"],
    "BACKEND": RENDITION_CACHE_BACKENDS.get(
        CACHES["default"]["BACKEND"], CACHES["default"]["BACKEND"]
    ),
    "TIMEOUT": 7 * 24 * 60 * 60,
}
if "LOCATION" not in CACHES["default"]:
    CACHES["renditions"]["LOCATION"] = "renditions"
else:
    CACHES["renditions"]["KEY_PREFIX"] = (
        os.environ.get("CACHE_KEY_PREFIX", "pressroom") + "-renditions"
    )
# The page cache (pressroom/pagecache): how long an anonymous page is kept
# (0 turns the cache off). Every change readers could see starts a new
# content version, under which nothing kept before is used.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 24 * 60 * 60))
# Search pages and /api/search are kept briefly: readers' queries vary.
PAGE_CACHE_SEARCH_SECONDS = int(os.environ.get("PAGE_CACHE_SEARCH_SECONDS", 60))
PAGE_CACHE_ALIAS = "default"
# Where cached HTML pages are also written as files for nginx to serve
# itself (pressroom/pagecache/page_files.py); empty: no files. nginx and the
# application must share this directory: one host (docs/deployment.md).
PAGE_FILES_ROOT = os.environ.get("PAGE_FILES_ROOT", "")
# Values a render reuses per content version, per process (rendercache).
RENDER_CACHE_ENTRIES = int(os.environ.get("RENDER_CACHE_ENTRIES", 2000))

# Reader searches allowed per client (IP address) per minute, page and API alike.
SEARCH_RATE_LIMIT_PER_MINUTE = int(os.environ.get("SEARCH_RATE_LIMIT_PER_MINUTE", 30))
# Press release subscription requests allowed per client (IP address) per hour.
SUBSCRIPTION_RATE_LIMIT_PER_HOUR = int(
    os.environ.get("SUBSCRIPTION_RATE_LIMIT_PER_HOUR", 10)
)
# Documents go out only through Wagtail's view, which checks the collection's
# view restrictions (nothing serves MEDIA_ROOT/documents/ directly). Behind
# nginx the view hands the file to nginx's internal location at this URL
# (pressroom/visibility/sendfile.py, deploy/nginx.conf.template); without
# it, as in development, the view streams the file itself.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
DOCUMENTS_ACCEL_URL = os.environ.get("DOCUMENTS_ACCEL_URL", "")
if DOCUMENTS_ACCEL_URL:
    SENDFILE_BACKEND = "pressroom.visibility.sendfile"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "csv", "txt", "zip"]
WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
# Original images have no public URL (nginx refuses /media/original_images/):
# a view that has asked visibility.rules hands one to nginx's internal
# location at this URL (visibility/sendfile.py); empty: the view streams it.
ORIGINAL_IMAGES_ACCEL_URL = os.environ.get("ORIGINAL_IMAGES_ACCEL_URL", "")
# The site's image model: alternative text, caption, credit and licence in
# English and Serbian (pressroom/pictures/models.py).
WAGTAILIMAGES_IMAGE_MODEL = "pictures.Picture"
WAGTAILIMAGES_IMAGE_FORM_BASE = "pressroom.pictures.forms.PictureForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
# Photo ZIPs and press kits (pressroom/news/downloads.py): photos up to this
# many bytes go in one ZIP (captions.txt links the rest), the ZIP is kept in
# memory up to DOWNLOAD_ZIP_SPOOL_BYTES and in a temporary file beyond, and a
# client may fetch this many ZIPs a minute.
DOWNLOAD_ZIP_MAX_BYTES = 200 * 1024 * 1024
DOWNLOAD_ZIP_SPOOL_BYTES = 8 * 1024 * 1024
DOWNLOAD_RATE_LIMIT_PER_MINUTE = 10
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
# Renditions in AVIF and WebP (with a JPEG fallback) through {% picture %}.
WAGTAILIMAGES_AVIF_QUALITY = 60
WAGTAILIMAGES_WEBP_QUALITY = 80
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# The language switcher remembers the reader's choice in this cookie.
LANGUAGE_COOKIE_NAME = "pressroom_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Pressroom <noreply@pressroom.invalid>"
)

# Background work. Wagtail's own small tasks run at once ("default"); e-mail
# and other work that must survive a crash is stored in the database
# ("background") and run by `manage.py db_worker --backend background
# --queue-name '*'`, which `make run` starts (see docs/deployment.md).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "email"],
    },
}
# Seconds between attempts to send an e-mail (the last repeats), and when to give up.
OUTBOX_RETRY_DELAYS = [60, 300, 900, 1800, 3600]
OUTBOX_MAX_ATTEMPTS = 72

# Periodic jobs, run by `manage.py run_scheduler` (started by `make run`).
# Each runs a management command every N minutes or daily at a local time.
SCHEDULED_JOBS = [
    {"command": "publish_scheduled", "every_minutes": 1},
    # The media calendar drops events that have ended.
    {"command": "refresh_media_calendar", "every_minutes": 5},
    {"command": "purge_unconfirmed_subscriptions", "daily_at": "04:00"},
    {"command": "deliver_outstanding_email", "every_minutes": 10},
    {
        "command": "prune_db_task_results",
        "daily_at": "03:30",
        "args": ["--backend", "background", "--queue-name", "*"],
    },
    # The media desk: the morning digest of open inquiries, and retention.
    {"command": "send_inquiry_digest", "daily_at": "07:30"},
    {"command": "remind_due_soon_inquiries", "every_minutes": 5},
    {"command": "erase_old_inquiries", "daily_at": "03:00"},
    {"command": "erase_old_accreditations", "daily_at": "03:10"},
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Every background task logs its start and end; only failures matter here.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        # Every sign-in is logged at INFO; lockouts and failures are warnings.
        "axes": {"level": "WARNING"},
    },
}

# Press releases are numbered per year when approved: PR-2026-014
# (pressroom/news/numbering.py).
PRESS_RELEASE_NUMBER_PREFIX = os.environ.get("PRESS_RELEASE_NUMBER_PREFIX", "PR")

# Accreditation (pressroom.accreditation): how long an approved one is valid,
# how long personal data is kept after it expires or is declined, and
# applications per client address per hour (0: no limit).
ACCREDITATION_VALID_DAYS = int(os.environ.get("ACCREDITATION_VALID_DAYS", 365))
ACCREDITATION_RETENTION_DAYS = int(os.environ.get("ACCREDITATION_RETENTION_DAYS", 90))
ACCREDITATION_RATE_LIMIT_PER_HOUR = int(
    os.environ.get("ACCREDITATION_RATE_LIMIT_PER_HOUR", 5)
)

# The media inquiry desk (pressroom.inquiries, docs/inquiries.md).
INQUIRY_REFERENCE_PREFIX = os.environ.get("INQUIRY_REFERENCE_PREFIX", "MLO")
# The first-response target in working hours (Mon–Fri 08:00–16:00, Belgrade)
# and how long before it an inquiry counts as due soon.
INQUIRY_FIRST_RESPONSE_HOURS = float(os.environ.get("INQUIRY_FIRST_RESPONSE_HOURS", 4))
INQUIRY_DUE_SOON_MINUTES = int(os.environ.get("INQUIRY_DUE_SOON_MINUTES", 60))
# Where forwarded inquiries go, and who gets the daily digest of open ones.
INQUIRY_HQ_EMAIL = os.environ.get("INQUIRY_HQ_EMAIL", "")
INQUIRY_DESK_EMAILS = env_list("INQUIRY_DESK_EMAILS")
# Attachments are kept outside the web root and never served by URL.
INQUIRY_ATTACHMENT_ROOT = Path(
    os.environ.get("INQUIRY_ATTACHMENT_ROOT", BASE_DIR / "var" / "inquiry-attachments")
)
INQUIRY_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
# Spam protection: seconds a person needs at least to fill in the form, and
# submissions allowed per client address per hour (0: no limit).
INQUIRY_MIN_SECONDS_TO_SUBMIT = int(os.environ.get("INQUIRY_MIN_SECONDS_TO_SUBMIT", 3))
INQUIRY_RATE_LIMIT_PER_HOUR = int(os.environ.get("INQUIRY_RATE_LIMIT_PER_HOUR", 10))
# Personal data of inquiries closed longer ago than this is erased.
INQUIRY_RETENTION_DAYS = int(os.environ.get("INQUIRY_RETENTION_DAYS", 365))
