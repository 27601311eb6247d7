"""Carry Wagtail's images over to ``pictures.Picture``, keeping their ids.

Pages keep pointing to their images: the listing image's foreign key (moved
by ``news.0003``) and the image ids inside StreamField blocks stay valid
because every picture gets its image's id. The words the image had (its
description, else its title) become its English alternative text; the
Serbian words are for editors to add. Renditions, tags, the reference index
(which tells the content API what a public page uses), the admin's search
entries and the groups' image permissions follow. Wagtail's own rows are
left as they were, unused.
"""

from django.core.management.color import no_style
from django.db import migrations

ACTIONS = ("add", "change", "delete", "choose")
IMAGE_FIELDS = (
    "id",
    "title",
    "file",
    "width",
    "height",
    "created_at",
    "uploaded_by_user_id",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
    "file_size",
    "file_hash",
    "collection_id",
    "description",
)


def content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def permission(apps, app_label, model, action):
    """The permission, made here if post_migrate has not made it yet."""
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get_or_create(
        content_type=content_type(apps, app_label, model),
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} image"},
    )[0]


def move_generic_rows(apps, old, new):
    """Point tags, references and search entries of ``old`` to ``new``."""
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
    for model in (TaggedItem, IndexEntry):
        taken = model.objects.filter(content_type=new).values("object_id")
        model.objects.filter(content_type=old).exclude(object_id__in=taken).update(
            content_type=new
        )
    for field in ("content_type", "base_content_type", "to_content_type"):
        ReferenceIndex.objects.filter(**{field: old}).update(**{field: new})


def carry_over(apps, schema_editor):
    Image = apps.get_model("wagtailimages", "Image")
    Rendition = apps.get_model("wagtailimages", "Rendition")
    Picture = apps.get_model("pictures", "Picture")
    PictureRendition = apps.get_model("pictures", "PictureRendition")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    existing = set(Picture.objects.values_list("pk", flat=True))
    for image in Image.objects.exclude(pk__in=existing).order_by("pk").iterator():
        values = {name: getattr(image, name) for name in IMAGE_FIELDS}
        values["file"] = image.file.name
        picture = Picture(**values, alt_text_en=image.description or image.title)
        picture.save(force_insert=True)
        # created_at is set on insert (auto_now_add): keep the image's own.
        Picture.objects.filter(pk=picture.pk).update(created_at=image.created_at)
    PictureRendition.objects.bulk_create(
        PictureRendition(
            image_id=rendition.image_id,
            filter_spec=rendition.filter_spec,
            file=rendition.file.name,
            width=rendition.width,
            height=rendition.height,
            focal_point_key=rendition.focal_point_key,
        )
        for rendition in Rendition.objects.exclude(image_id__in=existing).iterator()
    )
    move_generic_rows(
        apps,
        content_type(apps, "wagtailimages", "image"),
        content_type(apps, "pictures", "picture"),
    )
    for action in ACTIONS:
        old = permission(apps, "wagtailimages", "image", action)
        new = permission(apps, "pictures", "picture", action)
        for granted in GroupCollectionPermission.objects.filter(permission=old):
            GroupCollectionPermission.objects.get_or_create(
                group_id=granted.group_id,
                collection_id=granted.collection_id,
                permission=new,
            )
    # The ids were given, not drawn: PostgreSQL's sequences must move past them.
    connection = schema_editor.connection
    statements = connection.ops.sequence_reset_sql(
        no_style(), [Picture, PictureRendition]
    )
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def carry_back(apps, schema_editor):
    """Undo the moves; the pictures themselves go with their table."""
    move_generic_rows(
        apps,
        content_type(apps, "pictures", "picture"),
        content_type(apps, "wagtailimages", "image"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("pictures", "0001_initial"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("editorial", "0001_press_office_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(carry_over, carry_back)]
