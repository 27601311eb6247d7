"""The Media desk decides on accreditations and sees the personal links."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

DESK = "Media desk"
CODENAMES = ["view_accreditation", "change_accreditation"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; these are
    # needed now.
    app_config = apps.get_app_config("accreditation")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=DESK)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="accreditation", codename__in=CODENAMES
        )
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    group = apps.get_model("auth", "Group").objects.filter(name=DESK).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="accreditation", codename__in=CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accreditation", "0001_initial"),
        ("inquiries", "0002_desk_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
