"""Let the press office's roles keep its contacts, topics and logo.

Only superusers could edit the office contacts, and writers could not file
an article under a new topic. Editors and the head of public affairs now
edit the contacts and create and edit topics; the head of public affairs
also deletes topics and sets the office's logo.
"""

from django.db import migrations

EDITORS = "Editors"
HEAD = "Head of public affairs"

EDITOR_PERMISSIONS = (
    ("contact", "officecontacts", "change"),
    ("news", "topic", "add"),
    ("news", "topic", "change"),
)
HEAD_PERMISSIONS = (
    *EDITOR_PERMISSIONS,
    ("news", "topic", "delete"),
    ("branding", "officelogo", "change"),
)
GRANTS = {EDITORS: EDITOR_PERMISSIONS, HEAD: HEAD_PERMISSIONS}


def permission(apps, app_label, model, action):
    """The permission, created if post_migrate has not made it yet."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} {model}"},
    )
    return perm


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, permissions in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*(permission(apps, *p) for p in permissions))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, permissions in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*(permission(apps, *p) for p in permissions))


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_press_office_roles_and_workflow"),
        ("contact", "0001_initial"),
        ("news", "0001_initial"),
        ("branding", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
