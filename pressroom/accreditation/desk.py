"""The media desk's screens for accreditations: the list, one application
(approve, decline, the press card), its personal links with every opening,
and revoking one link.

Only staff with the accreditation permissions (the "Media desk" group) get
here; views hold no rules and call ``services``.
"""

import mimetypes

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .models import Accreditation, EmbargoLink

LIST_LENGTH = 200


def _require(request, permission):
    if not (request.user.is_active and request.user.has_perm(permission)):
        raise PermissionDenied


def listing(request):
    _require(request, "accreditation.view_accreditation")
    status = request.GET.get("status", "")
    accreditations = Accreditation.objects.all()
    if status in Accreditation.Status.values:
        accreditations = accreditations.filter(status=status)
    return render(
        request,
        "accreditation/desk/listing.html",
        {
            "accreditations": accreditations[:LIST_LENGTH],
            "statuses": Accreditation.Status.choices,
            "status": status,
        },
    )


def detail(request, pk):
    _require(request, "accreditation.view_accreditation")
    accreditation = get_object_or_404(Accreditation, pk=pk)
    links = accreditation.links.select_related("page").prefetch_related("openings")
    return render(
        request,
        "accreditation/desk/detail.html",
        {
            "accreditation": accreditation,
            "links": links,
            "can_decide": request.user.has_perm("accreditation.change_accreditation"),
        },
    )


@require_POST
def decide(request, pk, decision):
    _require(request, "accreditation.change_accreditation")
    accreditation = get_object_or_404(Accreditation, pk=pk)
    actions = {
        "approve": services.accreditation_approve,
        "decline": services.accreditation_decline,
    }
    if decision not in actions:
        raise Http404
    try:
        actions[decision](accreditation=accreditation, user=request.user)
    except ValidationError:
        messages.error(request, _("This application has been decided already."))
    else:
        messages.success(request, _("Saved."))
    return redirect("accreditation_admin:detail", pk=pk)


@require_POST
def revoke(request, pk):
    _require(request, "accreditation.change_accreditation")
    link = get_object_or_404(EmbargoLink, pk=pk)
    services.embargo_link_revoke(link=link, user=request.user)
    messages.success(request, _("The link no longer works."))
    return redirect("accreditation_admin:detail", pk=link.accreditation_id)


def press_card(request, pk):
    """The press card, as a download, for staff who may see applications."""
    _require(request, "accreditation.view_accreditation")
    accreditation = get_object_or_404(Accreditation, pk=pk)
    if not accreditation.press_card:
        raise Http404
    extension = mimetypes.guess_extension(accreditation.press_card_type) or ".bin"
    response = FileResponse(
        accreditation.press_card.open("rb"),
        as_attachment=True,
        filename=f"press-card-{accreditation.pk}{extension}",
        content_type=accreditation.press_card_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
