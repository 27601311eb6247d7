"""The public side: the inquiry form (served by MediaInquiryPage) and the status page.

Spam (a valid form with the honeypot filled in, sent faster than a person
can, or with a forged form stamp) is answered with the same confirmation
page a real sender gets, with a reference of the same shape, and counted;
nothing is stored and no e-mail is sent. Form errors are shown to everyone:
a person who makes a mistake must see it, and they do not count against the
client's limit.

The limit never discards an inquiry: a valid submission over it is stored
"to review (rate limit)" and confirmed on the page, and its acknowledgement
waits until the desk releases it, so that the form cannot be used to send
mail to strangers. If the cache that counts is down, the inquiry goes
through (the limit fails open; storing it is the promise).
"""

import contextlib
import logging
import secrets

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from pressroom.ratelimits.limits import allow_request
from pressroom.visibility.rules import visible_pages

from . import services, statistics
from .forms import HONEYPOT_FIELD, InquiryForm, seconds_since_start, signed_start_time
from .models import Inquiry, MediaInquiryPage, RejectedSubmission
from .reference import Reference

logger = logging.getLogger(__name__)

RECEIVED_SALT = "pressroom.inquiries.received"
# Room above the attachment limit for the other fields and the encoding.
REQUEST_OVERHEAD_BYTES = 1024 * 1024


def _received_token(reference, is_media, held=False):
    payload = {"r": reference, "m": is_media, "h": bool(held)}
    return signing.dumps(payload, salt=RECEIVED_SALT, compress=True)


def _read_received(value):
    try:
        return signing.loads(value, salt=RECEIVED_SALT, max_age=24 * 3600)
    except signing.BadSignature:
        return None


def _spam_reason(form_data):
    """Why this (otherwise valid) submission looks automated, or None."""
    if form_data.get(HONEYPOT_FIELD):
        return RejectedSubmission.Reason.HONEYPOT
    elapsed = seconds_since_start(form_data.get("started", ""))
    if elapsed is None:
        return RejectedSubmission.Reason.BAD_TIMESTAMP
    if elapsed < settings.INQUIRY_MIN_SECONDS_TO_SUBMIT:
        return RejectedSubmission.Reason.TOO_FAST
    return None


def _over_rate_limit(request):
    """Count one valid submission for the client; True once it is over the limit."""
    try:
        return not allow_request(
            request,
            scope="inquiry",
            limit=settings.INQUIRY_RATE_LIMIT_PER_HOUR,
            window_seconds=3600,
        )
    except Exception:  # noqa: BLE001 - a cache outage must not lose an inquiry
        logger.warning("Inquiry rate limit unavailable, not applied", exc_info=True)
        return False


def _decoy_reference():
    """A reference of the real shape for a rejected sender's confirmation page."""
    year = timezone.localdate().year
    number = secrets.randbelow(90_000) + 1
    return str(Reference(settings.INQUIRY_REFERENCE_PREFIX, year, number))


def _reject_as_spam(page, reason):
    """Count the rejection and show what a real sender would see."""
    services.count_rejected_submission(reason=reason)
    logger.info("Inquiry rejected as spam: %s", reason)
    return _redirect_to_confirmation(page, _decoy_reference(), True)


def _redirect_to_confirmation(page, reference, is_media, held=False):
    token = _received_token(reference, is_media, held)
    return HttpResponseRedirect(f"{page.url}?received={token}")


@never_cache
def inquiry_form(request, page):
    """GET: the form, or the confirmation after a submission. POST: submit."""
    context = page.get_context(request)
    if request.method == "POST":
        return _submit(request, page, context)
    received = _read_received(request.GET.get("received", ""))
    if received is not None:
        context.update(
            reference=received["r"],
            is_media=received["m"],
            held=received.get("h", False),
        )
        return render(request, "inquiries/inquiry_received.html", context)
    context["form"] = InquiryForm(initial=_initial(request))
    return render(request, page.get_template(request), context)


def _initial(request):
    language = getattr(request, "LANGUAGE_CODE", "en")
    return {"started": signed_start_time(), "reply_language": language}


def _content_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _form_again(request, page, context, form, status):
    """The form with what was typed, and a fresh stamp: correcting it (or
    sending it again on purpose) is not mistaken for a robot's speed."""
    data = request.POST.copy()
    data["started"] = signed_start_time()
    form.data = data
    context["form"] = form
    return render(request, page.get_template(request), context, status=status)


def _sent_already(request, page, context, form):
    """A stamp already spent: a resubmission (back button, double click).

    Never a decoy: a person sees the form again with the text kept.
    """
    context["form_error"] = _(
        "This form was already sent once, so we did not store it again. Your "
        "text is kept below: send it again only if you mean to send a second "
        "inquiry (an attachment has to be chosen again)."
    )
    return _form_again(request, page, context, form, status=409)


def _submit(request, page, context):
    limit = settings.INQUIRY_MAX_ATTACHMENT_BYTES + REQUEST_OVERHEAD_BYTES
    if _content_length(request) > limit:
        # Refused before Django reads the upload.
        context["form"] = InquiryForm(initial=_initial(request))
        context["form_error"] = _(
            "The form is too large: the attachment may be at most 10 MB."
        )
        return render(request, page.get_template(request), context, status=413)

    form = InquiryForm(request.POST, request.FILES)
    if not form.is_valid():
        # Mistakes are shown to everyone.
        return _form_again(request, page, context, form, status=400)

    reason = _spam_reason(request.POST)
    if reason is not None:
        return _reject_as_spam(page, reason)

    stamp = request.POST.get("started", "")
    if services.form_stamp_used(stamp):
        return _sent_already(request, page, context, form)

    # Only valid, human-paced submissions count against the limit.
    held = Inquiry.Hold.RATE_LIMIT if _over_rate_limit(request) else Inquiry.Hold.NONE
    data = form.cleaned_data
    try:
        inquiry = services.inquiry_submit(
            name=data["name"],
            outlet=data["outlet"],
            role=data["role"],
            email=data["email"],
            phone=data["phone"],
            reply_language=data["reply_language"],
            subject=data["subject"],
            question=data["question"],
            deadline=data["deadline"],
            says_private_person=data["says_private_person"],
            attachment=data.get("attachment") or None,
            attachment_type=getattr(form, "attachment_type", ""),
            held=held,
            form_stamp=stamp,
        )
    except services.FormStampUsed:
        return _sent_already(request, page, context, form)
    except DatabaseError:
        logger.exception("An inquiry could not be stored")
        context["form"] = form
        context["form_error"] = _(
            "Sorry, your inquiry could not be stored just now. Nothing was "
            "sent. Please try again in a moment."
        )
        return render(request, page.get_template(request), context, status=503)
    if held:
        logger.info("Inquiry %s held for review: rate limit", inquiry.reference)
    return _redirect_to_confirmation(
        page, inquiry.reference, inquiry.is_media, bool(held)
    )


def _inquiry_for_token(token):
    inquiry = Inquiry.objects.filter(status_token=token).first()
    if inquiry is None or not inquiry.token_matches(token):
        raise Http404
    return inquiry


def _private(response):
    # The token is the key to the page: keep it out of other sites' logs.
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_GET
def status_page(request, token):
    """The journalist's private page: status and answer of one inquiry."""
    inquiry = _inquiry_for_token(token)
    return _private(render(request, "inquiries/status_page.html", {"inquiry": inquiry}))


@never_cache
@require_POST
def confirm_email(request, token):
    """The sender confirms the address: only its mailbox received the link.

    A button (POST), not the link itself, so that a mail scanner opening
    links does not confirm on the sender's behalf.
    """
    inquiry = _inquiry_for_token(token)
    # Erased or not media: nothing to confirm, the page says nothing more.
    with contextlib.suppress(ValidationError):
        services.inquiry_verify(inquiry=inquiry)
    return _private(redirect("inquiry_status", token=inquiry.status_token))


PUBLIC_MONTHS = 12


@never_cache  # counts of inquiries, which do not advance the content version
@require_GET
def figures_page(request):
    """The desk's figures by month, for everyone: no personal data, only counts."""
    since = statistics.last_months(PUBLIC_MONTHS)
    figures = statistics.monthly_figures(
        statistics.received_between(Inquiry.objects.all(), start=since)
    )
    form_page = (
        visible_pages(MediaInquiryPage.objects.all())
        .filter(locale__language_code=_content_language(request))
        .first()
    )
    return render(
        request,
        "inquiries/figures_page.html",
        {"figures": figures, "since": since, "form_page": form_page},
    )


def _content_language(request):
    # Serbian Latin is served from the Cyrillic (sr) content.
    language = getattr(request, "LANGUAGE_CODE", "en")
    return "sr" if language.startswith("sr") else language
