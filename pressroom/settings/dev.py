"""Development settings: relaxes base explicitly, for a developer's own machine."""

from .base import *

DEBUG = True
SECRET_KEY = (
    os.environ.get("SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"
)
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Static files come from the app folders (runserver, test client), not WhiteNoise.
MIDDLEWARE = [
    m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"
]
# The demo's administrator signs in with a password alone unless asked otherwise.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", False)
# The demo's accounts sign in with "pressroom-demo" (README).
DEMO_FIXED_PASSWORDS = True
# Off unless asked for: a developer wants to see each template change.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 0))
