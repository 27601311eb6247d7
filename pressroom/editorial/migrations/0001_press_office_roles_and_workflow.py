"""Create the press office's groups and its approval workflow.

Editors write and submit pages for moderation; the head of public affairs
approves (publishes) or sends them back with a comment. The workflow is
assigned to Wagtail's root page, so it covers the whole site in every
language. Wagtail's default "Moderators approval" workflow, which this
replaces at the root, is deactivated when nothing is waiting in it.
"""

from django.db import migrations

EDITORS = "Editors"
HEAD = "Head of public affairs"
TASK = "Approval by the head of public affairs"
WORKFLOW = "Press office approval"
OLD_WORKFLOW = "Moderators approval"

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
HEAD_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
)
EDITOR_COLLECTION_ACTIONS = ("add", "change", "choose")
HEAD_COLLECTION_ACTIONS = ("add", "change", "choose", "delete")


def permission(apps, app_label, model, codename, name=None):
    """The permission, created if post_migrate has not made it yet."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    verb = codename.split("_")[0]
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": name or f"Can {verb} {model}"},
    )
    return perm


def set_up_group(apps, name, page_codenames, collection_actions, root, collection):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(
        permission(apps, "wagtailadmin", "admin", "access_admin"),
        # Wagtail's "Translate" action, which starts a Serbian version.
        permission(
            apps,
            "simple_translation",
            "simpletranslation",
            "submit_translation",
            "Can submit translations",
        ),
    )
    wanted = [permission(apps, "wagtailcore", "page", c) for c in page_codenames]
    # A group that could publish before (e.g. an edited Editors group) must not
    # keep bypassing the workflow: its root permissions are exactly these.
    GroupPagePermission.objects.filter(group=group, page=root).exclude(
        permission__in=wanted
    ).delete()
    for perm in wanted:
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=perm)
    for model in ("image", "document"):
        app_label = "wagtailimages" if model == "image" else "wagtaildocs"
        for action in collection_actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=permission(apps, app_label, model, f"{action}_{model}"),
            )
    return group


def create_roles_and_workflow(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")

    root = Page.objects.filter(depth=1).order_by("path").first()
    collection = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None or collection is None:
        return
    set_up_group(
        apps, EDITORS, EDITOR_PAGE_PERMISSIONS, EDITOR_COLLECTION_ACTIONS, root, collection
    )
    head = set_up_group(
        apps, HEAD, HEAD_PAGE_PERMISSIONS, HEAD_COLLECTION_ACTIONS, root, collection
    )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=TASK, content_type=task_type, active=True
        )
    task.groups.set([head])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})

    old = Workflow.objects.filter(name=OLD_WORKFLOW, active=True).first()
    if (
        old is not None
        and not WorkflowPage.objects.filter(workflow=old).exists()
        and not WorkflowState.objects.filter(workflow=old, status="in_progress").exists()
    ):
        old.active = False
        old.save(update_fields=["active"])


def remove_roles_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    old = Workflow.objects.filter(name=OLD_WORKFLOW).first()
    if old is not None:
        old.active = True
        old.save(update_fields=["active"])
        WorkflowPage.objects.filter(workflow__name=WORKFLOW).update(workflow=old)
    Workflow.objects.filter(name=WORKFLOW).delete()
    Task.objects.filter(name=TASK).delete()
    Group.objects.filter(name=HEAD).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("simple_translation", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.RunPython(create_roles_and_workflow, remove_roles_and_workflow)
    ]
