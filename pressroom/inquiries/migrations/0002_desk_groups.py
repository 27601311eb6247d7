"""The two staff roles of the desk, as groups with their permissions.

- Media desk: reads and works on every inquiry, keeps the outlets and the
  answer templates.
- HQ press office: reads only the inquiries forwarded to it, adds guidance.

Both may sign in to the admin; neither can edit pages unless given more.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

DESK = "Media desk"
HQ = "HQ press office"

ROLES = {
    DESK: [
        ("inquiries", "view_inquiry"),
        ("inquiries", "change_inquiry"),
        ("inquiries", "add_mediaoutlet"),
        ("inquiries", "change_mediaoutlet"),
        ("inquiries", "delete_mediaoutlet"),
        ("inquiries", "view_mediaoutlet"),
        ("inquiries", "add_answertemplate"),
        ("inquiries", "change_answertemplate"),
        ("inquiries", "delete_answertemplate"),
        ("inquiries", "view_answertemplate"),
        ("wagtailadmin", "access_admin"),
    ],
    HQ: [
        ("inquiries", "view_forwarded_inquiry"),
        ("inquiries", "add_hq_guidance"),
        ("wagtailadmin", "access_admin"),
    ],
}


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; these are
    # needed now.
    app_config = apps.get_app_config("inquiries")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            group.permissions.add(permission)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("inquiries", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
