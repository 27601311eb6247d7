"""Settings for the demo site that the browser tests drive in a process of its own.

The test settings, on the database named by ``DATABASE_URL`` (the browser
fixture points it at a fresh SQLite file) and with uploads kept beside it, so
the site under test never shares data with the test database of the suite.
"""

import os
from pathlib import Path

from pressroom.settings.test import *  # noqa: F403

MEDIA_ROOT = Path(os.environ["PRESSROOM_BROWSER_MEDIA_ROOT"])
# The demo's head of public affairs signs in with a password alone here, as in
# development: the moderation journey is about the workflow, not the second step.
TWO_FACTOR_REQUIRED = False
