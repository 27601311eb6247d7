"""Wagtail's images become pictures with the same ids (pictures.0002)."""

import importlib
import io
from types import SimpleNamespace

from django.core.files.images import ImageFile
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from wagtail.images.models import Image

import pytest
from PIL import Image as PillowImage

from pressroom.pictures.models import Picture

pytestmark = pytest.mark.django_db

migration = importlib.import_module(
    "pressroom.pictures.migrations.0002_carry_over_images"
)


def test_an_image_becomes_a_picture_with_its_id_and_words():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (30, 20), "navy").save(buffer, "JPEG")
    # An id no picture has yet, as before the migration.
    image = Image.objects.create(
        pk=(Picture.objects.order_by("-pk").values_list("pk", flat=True).first() or 0)
        + 100,
        title="Old image",
        description="A navy rectangle",
        file=ImageFile(buffer, name="old.jpg"),
    )
    image.tags.add("exercise")
    state = MigrationLoader(connection).project_state(
        ("pictures", "0002_carry_over_images"), at_end=False
    )
    migration.carry_over(state.apps, SimpleNamespace(connection=connection))

    picture = Picture.objects.get(pk=image.pk)
    assert picture.file.name == image.file.name
    assert picture.alt_text_en == "A navy rectangle"
    assert picture.alt_text_sr == ""
    assert [tag.name for tag in picture.tags.all()] == ["exercise"]
    # The next picture gets a fresh id, not the carried one.
    assert (
        Picture.objects.create(
            title="New", file=picture.file.name, width=1, height=1
        ).pk
        > image.pk
    )
