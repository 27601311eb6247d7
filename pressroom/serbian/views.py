"""Admin view: convert a Serbian draft's Latin text to Cyrillic, after a preview."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.models import Page

from .forms import SERBIAN_CONTENT_LANGUAGE
from .models import names_for_conversion, words_to_keep_in_latin
from .page_conversion import convert_page_to_cyrillic

MAX_FOREIGN_WORDS = 200


def foreign_words_from(text):
    """Split the editor's list of words to keep in Latin (one per line or comma)."""
    words = [word.strip() for word in text.replace(",", "\n").splitlines()]
    return [word[:100] for word in words if word][:MAX_FOREIGN_WORDS]


@require_http_methods(["GET", "POST"])
def convert_to_cyrillic(request, page_id):
    """Show what converting the latest draft would change; apply it on POST.

    The change is saved as a new draft revision, never published, so the
    editor can still review it in the editor and in preview.
    """
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if page.locale.language_code != SERBIAN_CONTENT_LANGUAGE:
        messages.error(request, _("Only Serbian pages are written in Cyrillic."))
        return redirect("wagtailadmin_pages:edit", page.pk)

    if "foreign_words" in request.POST or "foreign_words" in request.GET:
        foreign_text = request.POST.get(
            "foreign_words", request.GET.get("foreign_words", "")
        )
    else:
        # First visit: the box starts with the register's names kept in Latin.
        foreign_text = "\n".join(words_to_keep_in_latin())
    foreign_words = foreign_words_from(foreign_text[:5000])
    draft = page.get_latest_revision_as_object()
    latest_revision = page.get_latest_revision()
    changes = convert_page_to_cyrillic(
        draft, foreign_words=foreign_words, names=names_for_conversion()
    )

    shown_revision = request.POST.get("revision")
    if (
        request.method == "POST"
        and "apply" in request.POST
        and changes
        and shown_revision == str(getattr(latest_revision, "pk", ""))
    ):
        draft.save_revision(user=request.user, log_action=True)
        messages.success(
            request,
            _("Converted %(count)s fields to Cyrillic; the change is saved as a draft.")
            % {"count": len(changes)},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    if request.method == "POST" and "apply" in request.POST and changes:
        messages.warning(
            request, _("The page changed since the preview; please check again.")
        )

    return TemplateResponse(
        request,
        "serbian/convert_to_cyrillic.html",
        {
            "page": page,
            "changes": changes,
            "revision_id": getattr(latest_revision, "pk", ""),
            "foreign_words": "\n".join(foreign_words),
            "header_title": _("Convert Latin text to Cyrillic"),
        },
    )
