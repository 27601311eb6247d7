"""Settings for the demo site that the browser tests drive in a process of its own.

The test settings, on the database named by ``DATABASE_URL`` (the browser
fixture points it at a fresh SQLite file) and with uploads kept beside it, so
the site under test never shares data with the test database of the suite.
"""

import os
from pathlib import Path

from pressroom.settings.test import *  # noqa: F403

MEDIA_ROOT = Path(os.environ["PRESSROOM_BROWSER_MEDIA_ROOT"])

# The page cache, off in the suite's tests, on when a test of the served site
# asks (pressroom/tests/served), with production's lifetimes.
PAGE_CACHE_SECONDS = int(os.environ.get("PRESSROOM_SERVED_PAGE_CACHE_SECONDS", 0))

# The demo's head of public affairs signs in with a password alone here, as in
# development: the moderation journey is about the workflow, not the second step.
TWO_FACTOR_REQUIRED = False
