"""Settings for the test suite: fast hashing, in-memory mail, no manifest."""

import os

from .base import *

SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Each pytest-xdist worker (gw0, gw1...) keeps its files apart, as its
# database is apart; so does the process running the tests about the demo.
TEST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
MEDIA_ROOT = BASE_DIR / "var" / "test-media" / TEST_WORKER
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": BASE_DIR / "var" / "test.sqlite3"}
# Static files come from the app folders (runserver, test client), not WhiteNoise.
MIDDLEWARE = [
    m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"
]
# The page cache is off, so that tests see each page rendered (and its
# context); pressroom/pagecache/tests turn it on as in production.
PAGE_CACHE_SECONDS = 0
# The demo's accounts sign in with "pressroom-demo", as in development.
DEMO_FIXED_PASSWORDS = True
INQUIRY_ATTACHMENT_ROOT = BASE_DIR / "var" / "test-inquiry-attachments" / TEST_WORKER
INQUIRY_HQ_EMAIL = "hq-press@example.org"
INQUIRY_DESK_EMAILS = ["desk@example.org"]
