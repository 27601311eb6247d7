"""Every model is either shown to readers or listed as never shown."""

from django.apps import apps

from wagtail.models import Page

from pressroom.rendercache.changes import NEVER_SHOWN, SHOWN


def test_every_model_is_on_one_list():
    """A new model purges by default; this asks its author to say so."""
    unlisted = sorted(
        model._meta.label
        for model in apps.get_models()
        if model._meta.label not in NEVER_SHOWN | SHOWN and not issubclass(model, Page)
    )
    assert unlisted == [], (
        "Add these to SHOWN or NEVER_SHOWN in pressroom/rendercache/changes.py"
    )


def test_no_model_is_on_both_lists_and_every_listed_model_exists():
    labels = {model._meta.label for model in apps.get_models()}
    assert not NEVER_SHOWN & SHOWN
    assert labels >= (NEVER_SHOWN | SHOWN)
