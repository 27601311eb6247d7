"""The press office's editorial roles and its approval workflow, by name.

Migration 0001 creates them (with these names, frozen there); the demo loader
and the tests find them by name.
"""

EDITORS = "Editors"
HEAD_OF_PUBLIC_AFFAIRS = "Head of public affairs"
APPROVAL_TASK = "Approval by the head of public affairs"
WORKFLOW = "Press office approval"
