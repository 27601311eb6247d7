"""Who on the staff sees which inquiries.

- The "Media desk" group (permission ``view_inquiry``) sees all of them and
  acts on them (``change_inquiry``).
- The "HQ press office" group (``view_forwarded_inquiry``) sees only the
  inquiries forwarded to HQ, and may add guidance (``add_hq_guidance``).
- Nobody else sees any: editors included.
"""

from django.core.exceptions import PermissionDenied

from .models import Inquiry

DESK_GROUP = "Media desk"
HQ_GROUP = "HQ press office"


def can_see_desk(user):
    return user.is_active and (
        user.has_perm("inquiries.view_inquiry")
        or user.has_perm("inquiries.view_forwarded_inquiry")
    )


def can_act(user):
    return user.is_active and user.has_perm("inquiries.change_inquiry")


def can_add_guidance(user):
    return user.is_active and user.has_perm("inquiries.add_hq_guidance")


def visible_inquiries(user):
    """The inquiries ``user`` may read; PermissionDenied if none at all."""
    if not user.is_active:
        raise PermissionDenied
    if user.has_perm("inquiries.view_inquiry"):
        return Inquiry.objects.all()
    if user.has_perm("inquiries.view_forwarded_inquiry"):
        return Inquiry.objects.filter(forwarded_at__isnull=False)
    raise PermissionDenied
