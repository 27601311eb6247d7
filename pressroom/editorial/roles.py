"""The press office's editorial roles and its approval workflow, by name.

Migration 0001 creates them (with these names, frozen there); the demo loader
and the tests find them by name.

The English names are stable identifiers: code, settings
(``TWO_FACTOR_GROUPS``) and the database find groups and the workflow by
them, and Wagtail's admin, which is in English, shows them as they are.
People reading Serbian see the label from :data:`LABELS` (translated in the
catalogue, docs/glossary.md) wherever the project itself names a role.
"""

from django.utils.translation import gettext_lazy as _

EDITORS = "Editors"
HEAD_OF_PUBLIC_AFFAIRS = "Head of public affairs"
APPROVAL_TASK = "Approval by the head of public affairs"
WORKFLOW = "Press office approval"

#: Every group and the workflow's names (identifiers) → their label in the
#: active language. The desk's groups are named in pressroom.inquiries.access;
#: "Moderators" and "Moderators approval" are Wagtail's own.
LABELS = {
    EDITORS: _("Editors"),
    HEAD_OF_PUBLIC_AFFAIRS: _("Head of public affairs"),
    "Moderators": _("Moderators"),
    "Moderators approval": _("Moderators approval"),
    "Media desk": _("Media desk"),
    "HQ press office": _("HQ press office"),
    APPROVAL_TASK: _("Approval by the head of public affairs"),
    WORKFLOW: _("Press office approval"),
}


def label(name):
    """What people call the group, task or workflow ``name`` in their language."""
    return str(LABELS.get(name, name))
