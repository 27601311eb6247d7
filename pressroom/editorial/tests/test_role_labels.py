"""Groups and the workflow keep English identifiers and have Serbian labels."""

import re

from django.contrib.auth.models import Group
from django.utils import translation

from wagtail.models import Task, Workflow

import pytest

from pressroom.editorial import roles

pytestmark = pytest.mark.django_db

CYRILLIC = re.compile(r"^[\u0400-\u04ff ,.()-]+$")


def names_people_see():
    return [
        *Group.objects.values_list("name", flat=True),
        *Workflow.objects.filter(active=True).values_list("name", flat=True),
        *Task.objects.filter(active=True).values_list("name", flat=True),
    ]


def test_every_group_task_and_workflow_has_a_serbian_label():
    names = names_people_see()
    assert roles.WORKFLOW in names and "Media desk" in names
    with translation.override("sr"):
        unlabelled = [name for name in names if not CYRILLIC.match(roles.label(name))]
    assert not unlabelled


def test_labels_follow_the_reading_language_and_the_names_stay():
    with translation.override("sr-latn"):
        assert roles.label(roles.EDITORS) == "Urednici"
    with translation.override("en"):
        assert roles.label(roles.EDITORS) == "Editors"
    assert Group.objects.filter(name=roles.EDITORS).exists()
