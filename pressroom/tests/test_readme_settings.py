"""README's configuration table names every setting read from the environment."""

import re
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
# os.environ["X"], os.environ.get("X", ...), env_bool("X", ...), env_list("X")
READ = re.compile(
    r"""(?:os\.environ(?:\.get)?\s*[\(\[]|env_bool\(|env_list\(|os\.getenv\()\s*"([A-Z][A-Z0-9_]+)\""""
)
# Read by the tools around the settings, not by the site: documented where
# they are used (docs/testing.md, bench/README.md).
NOT_SITE_SETTINGS = {"DJANGO_SETTINGS_MODULE", "PYTEST_XDIST_WORKER"}


def settings_read_from_the_environment():
    names = set()
    for path in (BASE_DIR / "pressroom" / "settings").glob("*.py"):
        names.update(READ.findall(path.read_text()))
    return names - NOT_SITE_SETTINGS


def test_every_setting_read_from_the_environment_is_in_the_readme():
    readme = (BASE_DIR / "README.md").read_text()
    table = set(re.findall(r"`([A-Z][A-Z0-9_]+)`", readme))
    missing = sorted(settings_read_from_the_environment() - table)
    assert missing == [], f"README's configuration table lacks {missing}"


def test_the_pattern_finds_the_settings():
    """The scan itself: it must see the settings the README already lists."""
    found = settings_read_from_the_environment()
    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "PAGE_CACHE_SECONDS"} <= found
