"""The public side: the accreditation form, and a journalist's personal link."""

import logging

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from pressroom.languages.reading import reading_language
from pressroom.ratelimits.limits import allow_request

from . import services
from .forms import AccreditationForm

logger = logging.getLogger(__name__)

# Room above the press card limit for the other fields and the encoding.
REQUEST_OVERHEAD_BYTES = 1024 * 1024


def _content_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _over_rate_limit(request):
    try:
        return not allow_request(
            request,
            scope="accreditation",
            limit=settings.ACCREDITATION_RATE_LIMIT_PER_HOUR,
            window_seconds=3600,
        )
    except Exception:  # noqa: BLE001 - a cache outage must not lose an application
        logger.warning("Accreditation rate limit unavailable", exc_info=True)
        return False


@never_cache  # the form carries a CSRF token
@require_http_methods(["GET", "POST"])
def apply(request):
    """GET: the form. POST: store a valid application, then the receipt."""
    status = 200
    if request.method != "POST":
        language = reading_language(translation.get_language()).code
        form = AccreditationForm(initial={"reading_language": language})
    elif _content_length(request) > (
        settings.INQUIRY_MAX_ATTACHMENT_BYTES + REQUEST_OVERHEAD_BYTES
    ):
        # Refused before Django reads the upload.
        form = AccreditationForm()
        form.add_error(
            None, _("The form is too large: the press card may be at most 10 MB.")
        )
        status = 413
    else:
        form = AccreditationForm(request.POST, request.FILES)
        if not form.is_valid():
            status = 400
        elif form.is_spam():
            return redirect("accreditation_received")
        elif _over_rate_limit(request):
            form.add_error(
                None,
                _(
                    "There have been too many applications from your network. "
                    "Please try again in an hour."
                ),
            )
            status = 429
        else:
            data = form.cleaned_data
            services.accreditation_apply(
                name=data["name"],
                outlet=data["outlet"],
                role=data["role"],
                email=data["email"],
                reading_language=data["reading_language"],
                press_card=data["press_card"],
                press_card_type=form.press_card_type,
            )
            return redirect("accreditation_received")
    return render(request, "accreditation/apply.html", {"form": form}, status=status)


@require_GET
def received(request):
    return render(request, "accreditation/received.html")


def _private(response):
    # The token is the key to the page: keep it out of caches, search
    # engines and other sites' logs.
    response["Cache-Control"] = "private, no-store, max-age=0"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


@never_cache
@require_GET
def embargoed_release(request, token):
    """A journalist's personal link: the embargoed copy, or the public page."""
    found = services.embargo_link_open(token=token, request=request)
    if found is None:
        raise Http404
    if not isinstance(found, services.Embargoed):
        # The embargo has lifted: the page readers see, in this language.
        return _private(redirect(found.get_url(request)))
    release = found.revision.as_object()
    # The number is given on the page row after the revision was made.
    release.release_number = found.page.release_number
    context = release.get_context(request)
    context.update(embargo_until=found.until, page=release, self=release)
    response = TemplateResponse(
        request, "accreditation/embargoed_release.html", context
    )
    return _private(response.render())
