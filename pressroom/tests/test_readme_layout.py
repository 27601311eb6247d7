"""README's layout names every app of the project."""

from pathlib import Path

from django.apps import apps

BASE_DIR = Path(__file__).resolve().parents[2]


def test_every_app_is_in_the_readme_layout():
    readme = (BASE_DIR / "README.md").read_text()
    layout = readme[readme.index("## Layout") :]
    ours = [
        config.name.rsplit(".", 1)[-1]
        for config in apps.get_app_configs()
        if config.name.startswith("pressroom.")
    ]
    assert [name for name in ours if f"`{name}`" not in layout] == []
