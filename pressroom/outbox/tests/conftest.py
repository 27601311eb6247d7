from pathlib import Path

import pytest

TEMPLATES_DIR = Path(__file__).parent / "templates"


@pytest.fixture
def email_templates(settings):
    """Make the test message templates (outbox_tests/greeting*) findable."""
    engine = dict(settings.TEMPLATES[0])
    engine["DIRS"] = [*engine["DIRS"], TEMPLATES_DIR]
    settings.TEMPLATES = [engine]
    return "outbox_tests/greeting"
