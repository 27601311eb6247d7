"""Everything that changes an inquiry: submit, assign, forward, answer, erase.

Each service runs in one transaction, records an ``InquiryEvent`` and queues
its e-mail with ``pressroom.outbox.sending.send_email`` inside that same
transaction, so an e-mail goes out exactly when the change is stored.
Views, forms and the admin call these functions and hold no rules.
"""

import hashlib
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail import hooks

from pressroom.languages.reading import address_in_reading_language
from pressroom.outbox.models import OutgoingEmail
from pressroom.outbox.sending import send_email
from pressroom.sitesetup.address import site_address
from pressroom.visibility.rules import is_visible

from .models import (
    OPEN_STATUSES,
    ClockPause,
    Hold,
    HQGuidance,
    Inquiry,
    InquiryEvent,
    InternalNote,
    MediaOutlet,
    ReferenceCounter,
    RejectedSubmission,
    Status,
    UsedFormStamp,
    new_status_token,
    response_clock,
)
from .reference import Reference

# Which status may follow which (a desk member's manual change; forwarding
# and answering have their own services).
TRANSITIONS = {
    Status.NEW: {Status.IN_PROGRESS, Status.DECLINED, Status.CLOSED},
    Status.IN_PROGRESS: {Status.DECLINED, Status.CLOSED, Status.NEW},
    Status.FORWARDED: {Status.IN_PROGRESS, Status.DECLINED, Status.CLOSED},
    Status.ANSWERED: {Status.CLOSED, Status.IN_PROGRESS},
    Status.CLOSED: {Status.IN_PROGRESS},
    Status.DECLINED: {Status.IN_PROGRESS, Status.CLOSED},
}


def allocate_reference(*, year):
    """The next reference of ``year``; call inside the submission's transaction.

    The row is created if missing (ignoring a concurrent creator) and then
    incremented with an UPDATE, whose row lock serialises concurrent
    submissions until their transactions end.
    """
    ReferenceCounter.objects.bulk_create(
        [ReferenceCounter(year=year)], ignore_conflicts=True
    )
    ReferenceCounter.objects.filter(year=year).update(last_number=F("last_number") + 1)
    number = ReferenceCounter.objects.get(year=year).last_number
    return Reference(settings.INQUIRY_REFERENCE_PREFIX, year, number)


def is_media_request(*, outlet, says_private_person):
    """Media only: an outlet is needed, and not a private person."""
    return bool(outlet.strip()) and not says_private_person


def status_url(inquiry):
    """The absolute address of the journalist's private status page."""
    with translation.override(inquiry.reply_language):
        path = reverse("inquiry_status", args=[inquiry.status_token])
    return site_address(path)


def admin_url(inquiry):
    """The absolute address of the inquiry in the desk."""
    return site_address(reverse("inquiries_admin:detail", args=[inquiry.pk]))


def _desk_recipients(inquiry):
    """Who hears about an inquiry: its assignee, or the desk's addresses."""
    if inquiry.assignee and inquiry.assignee.is_active and inquiry.assignee.email:
        return [inquiry.assignee.email]
    return list(settings.INQUIRY_DESK_EMAILS)


def _mail_desk(inquiry, template, **context):
    """Tell the desk about ``inquiry``; nothing when nobody has an address."""
    recipients = _desk_recipients(inquiry)
    if recipients:
        send_email(
            to=recipients,
            template=f"inquiries/email/{template}",
            context={"inquiry": inquiry, "admin_url": admin_url(inquiry), **context},
            reading_language="en",
            headers={"X-Pressroom-Inquiry": inquiry.reference},
        )
    return recipients


def _record(inquiry, action, actor=None, detail=""):
    InquiryEvent.objects.create(
        inquiry=inquiry, action=action, actor=actor, detail=detail[:300]
    )


def _mail_journalist(inquiry, template, **context):
    send_email(
        to=inquiry.email,
        template=f"inquiries/email/{template}",
        context={"inquiry": inquiry, "status_url": status_url(inquiry), **context},
        reading_language=inquiry.reply_language,
        headers={"X-Pressroom-Inquiry": inquiry.reference},
    )


class FormStampUsed(Exception):
    """The form stamp was already spent on a stored inquiry (a resubmission)."""


def _stamp_digest(stamp):
    return hashlib.sha256(stamp.encode()).hexdigest()


def form_stamp_used(stamp):
    """Whether a stored inquiry was already sent with this form stamp."""
    return (
        bool(stamp)
        and UsedFormStamp.objects.filter(digest=_stamp_digest(stamp)).exists()
    )


def _spend_form_stamp(stamp, now):
    """Record the stamp as used; FormStampUsed if it already was.

    The savepoint keeps the submission's transaction usable on PostgreSQL
    after the unique violation; the caller's transaction then rolls back.
    """
    try:
        with transaction.atomic():
            UsedFormStamp.objects.create(digest=_stamp_digest(stamp), used_at=now)
    except IntegrityError:
        raise FormStampUsed from None


def _acknowledge(inquiry):
    _mail_journalist(
        inquiry, "acknowledgement" if inquiry.is_media else "not_media_reply"
    )


def inquiry_submit(
    *,
    name,
    email,
    subject,
    question,
    reply_language,
    outlet="",
    role="",
    phone="",
    deadline=None,
    says_private_person=False,
    attachment=None,
    attachment_type="",
    held=Hold.NONE,
    form_stamp="",
    now=None,
):
    """Store a new inquiry with its reference, then queue the acknowledgement.

    ``held`` (a ``Hold`` reason) stores the inquiry but keeps its
    acknowledgement back until ``inquiry_release``. ``form_stamp``, the
    signed stamp of the form shown, is spent: the same stamp again raises
    ``FormStampUsed`` and nothing is stored.
    """
    now = now or timezone.now()
    is_media = is_media_request(outlet=outlet, says_private_person=says_private_person)
    outlet_match = MediaOutlet.for_email(email) if is_media else None
    inquiry = Inquiry(
        received_at=now,
        name=name,
        outlet=outlet,
        role=role,
        email=email,
        phone=phone,
        reply_language=reply_language,
        subject=subject,
        question=question,
        deadline=deadline,
        says_private_person=says_private_person,
        is_media=is_media,
        verified=False,  # a typed address proves nothing: see inquiry_verify
        matched_outlet=outlet_match,
        response_due_at=response_clock().due(now) if is_media else None,
        held=held,
    )
    if attachment is not None:
        inquiry.attachment_name = attachment.name[:200]
        inquiry.attachment_type = attachment_type
        inquiry.attachment = attachment
    inquiry.full_clean(exclude=["attachment", "reference"])
    # Everything that can be done before the reference is taken is done: the
    # counter row stays locked from here until the transaction commits.
    year = now.astimezone(timezone.get_default_timezone()).year
    try:
        with transaction.atomic():
            if form_stamp:
                _spend_form_stamp(form_stamp, now)
            inquiry.reference = str(allocate_reference(year=year))
            inquiry.save()
            detail = str(inquiry.get_held_display()) if held else ""
            _record(inquiry, InquiryEvent.Action.SUBMITTED, detail=detail)
            if not held:
                _acknowledge(inquiry)
    except BaseException:
        # Nothing was stored: leave no attachment behind without its inquiry.
        if inquiry.attachment and getattr(inquiry.attachment, "_committed", False):
            inquiry.attachment.storage.delete(inquiry.attachment.name)
        raise
    return inquiry


def count_rejected_submission(*, reason, day=None):
    """Count one submission turned away as spam."""
    day = day or timezone.localdate()
    with transaction.atomic():
        RejectedSubmission.objects.bulk_create(
            [RejectedSubmission(day=day, reason=reason)], ignore_conflicts=True
        )
        RejectedSubmission.objects.filter(day=day, reason=reason).update(
            count=F("count") + 1
        )


def _refresh_due(inquiry):
    """Recompute when the first response is due (None while paused or done).

    A due time that moves earns a new due-soon reminder.
    """
    before = inquiry.response_due_at
    if not inquiry.is_media or inquiry.first_response_at or not inquiry.is_open:
        inquiry.response_due_at = None
    else:
        inquiry.response_due_at = response_clock().due(
            inquiry.received_at, inquiry.pause_intervals()
        )
    if inquiry.response_due_at != before:
        inquiry.due_soon_notified_at = None


def _refuse_if_erased(inquiry):
    if inquiry.personal_data_erased_at:
        raise ValidationError(_("This inquiry's personal data has been erased."))


def _resume_clock(inquiry, now):
    inquiry.pauses.filter(ended_at__isnull=True).update(ended_at=now)


@transaction.atomic
def inquiry_release(*, inquiry, actor):
    """The desk has looked at a held inquiry: send its acknowledgement now."""
    if inquiry.personal_data_erased_at:
        raise ValidationError(_("This inquiry's personal data has been erased."))
    # Only the first of two simultaneous releases finds it held.
    released = (
        Inquiry.objects.filter(pk=inquiry.pk)
        .exclude(held=Hold.NONE)
        .update(held=Hold.NONE, updated_at=timezone.now())
    )
    if not released:
        raise ValidationError(_("This inquiry is not held for review."))
    inquiry.held = Hold.NONE
    _record(inquiry, InquiryEvent.Action.RELEASED, actor)
    _acknowledge(inquiry)
    return inquiry


@transaction.atomic
def inquiry_verify(*, inquiry, actor=None, now=None):
    """Mark the sender's address as theirs.

    ``actor`` None: the sender confirmed through the private link e-mailed
    to that address; otherwise the staff member who confirmed it.
    """
    now = now or timezone.now()
    if inquiry.personal_data_erased_at:
        raise ValidationError(_("This inquiry's personal data has been erased."))
    if not inquiry.is_media:
        raise ValidationError(_("Only a media inquiry is verified."))
    if inquiry.verified:
        return inquiry
    inquiry.verified = True
    inquiry.verified_at = now
    inquiry.verified_by = actor
    inquiry.save(update_fields=["verified", "verified_at", "verified_by", "updated_at"])
    how = _("confirmed by staff") if actor else _("confirmed through the e-mailed link")
    _record(inquiry, InquiryEvent.Action.VERIFIED, actor, str(how))
    return inquiry


@transaction.atomic
def inquiry_assign(*, inquiry, assignee, actor):
    inquiry.assignee = assignee
    inquiry.save(update_fields=["assignee", "updated_at"])
    name = assignee.get_full_name() or assignee.get_username() if assignee else "—"
    _record(inquiry, InquiryEvent.Action.ASSIGNED, actor, name)
    return inquiry


@transaction.atomic
def inquiry_change_status(*, inquiry, status, actor, now=None):
    """Move an inquiry to another status, if that move is allowed."""
    now = now or timezone.now()
    status = Status(status)
    _refuse_if_erased(inquiry)
    if status not in TRANSITIONS[Status(inquiry.status)]:
        raise ValidationError(
            _("An inquiry cannot go from %(old)s to %(new)s."),
            params={"old": inquiry.get_status_display(), "new": status.label},
        )
    if inquiry.status == Status.FORWARDED:
        _resume_clock(inquiry, now)
    if status in (Status.CLOSED, Status.DECLINED):
        inquiry.closed_at = now
    elif status in OPEN_STATUSES:
        inquiry.closed_at = None
    if status == Status.DECLINED and inquiry.first_response_at is None:
        inquiry.first_response_at = now
    inquiry.status = status
    _refresh_due(inquiry)
    inquiry.save()
    _record(inquiry, InquiryEvent.Action.STATUS, actor, str(status.label))
    return inquiry


@transaction.atomic
def inquiry_add_note(*, inquiry, text, actor):
    note = InternalNote.objects.create(inquiry=inquiry, author=actor, text=text)
    _record(inquiry, InquiryEvent.Action.NOTE, actor)
    return note


@transaction.atomic
def inquiry_forward(*, inquiry, actor, message="", now=None):
    """Send the inquiry to the HQ press office and pause the office's clock."""
    now = now or timezone.now()
    _refuse_if_erased(inquiry)
    if not inquiry.is_open:
        raise ValidationError(_("Only an open inquiry can be forwarded."))
    if not settings.INQUIRY_HQ_EMAIL:
        raise ValidationError(_("No HQ press office address is configured."))
    if inquiry.status != Status.FORWARDED:
        ClockPause.objects.create(inquiry=inquiry, started_at=now)
    inquiry.status = Status.FORWARDED
    inquiry.forwarded_at = inquiry.forwarded_at or now
    _refresh_due(inquiry)
    inquiry.save()
    _record(inquiry, InquiryEvent.Action.FORWARDED, actor, settings.INQUIRY_HQ_EMAIL)
    send_email(
        to=settings.INQUIRY_HQ_EMAIL,
        template="inquiries/email/hq_forward",
        context={
            "inquiry": inquiry,
            "message": message,
            "admin_url": admin_url(inquiry),
        },
        reading_language="en",
        headers={"X-Pressroom-Inquiry": inquiry.reference},
        reply_to=settings.INQUIRY_DESK_EMAILS or None,
    )
    return inquiry


@transaction.atomic
def inquiry_add_guidance(*, inquiry, text, actor, now=None):
    """HQ's guidance: recorded, and the office's clock runs again."""
    now = now or timezone.now()
    _refuse_if_erased(inquiry)
    if inquiry.forwarded_at is None:
        raise ValidationError(_("Guidance can only be added to a forwarded inquiry."))
    guidance = HQGuidance.objects.create(inquiry=inquiry, author=actor, text=text)
    if inquiry.status == Status.FORWARDED:
        _resume_clock(inquiry, now)
        inquiry.status = Status.IN_PROGRESS
        _refresh_due(inquiry)
        inquiry.save()
    _record(inquiry, InquiryEvent.Action.GUIDANCE, actor)
    # The text stays in the admin: the e-mail only says where to read it.
    _mail_desk(inquiry, "guidance_added")
    return guidance


@transaction.atomic
def inquiry_remind_due_soon(*, inquiry, now=None):
    """Tell the assignee (or the desk) once that an inquiry is due soon.

    Returns False when it was already reminded (another run got there first).
    """
    now = now or timezone.now()
    claimed = Inquiry.objects.filter(
        pk=inquiry.pk, due_soon_notified_at__isnull=True
    ).update(due_soon_notified_at=now)
    if not claimed:
        return False
    inquiry.due_soon_notified_at = now
    recipients = _mail_desk(inquiry, "due_soon")
    _record(inquiry, InquiryEvent.Action.REMINDED, detail=", ".join(recipients) or "—")
    return True


def inquiries_to_remind(*, now=None):
    """Inquiries due soon or overdue whose desk has not been told yet."""
    queryset = Inquiry.objects.by_urgency(now or timezone.now())
    return queryset.filter(
        urgency_rank__lte=1, due_soon_notified_at__isnull=True
    ).select_related("assignee")


@transaction.atomic
def inquiry_answer(*, inquiry, text, actor, now=None):
    """Answer the journalist: e-mailed in their language, shown on the status page."""
    now = now or timezone.now()
    if not text.strip():
        raise ValidationError(_("An answer cannot be empty."))
    if inquiry.personal_data_erased_at:
        raise ValidationError(_("This inquiry's personal data has been erased."))
    if inquiry.held:
        raise ValidationError(
            _(
                "This inquiry is held for review: release it first, which sends "
                "its acknowledgement."
            )
        )
    _resume_clock(inquiry, now)
    inquiry.answer = text
    inquiry.status = Status.ANSWERED
    inquiry.answered_at = now
    inquiry.first_response_at = inquiry.first_response_at or now
    _refresh_due(inquiry)
    inquiry.save()
    _record(inquiry, InquiryEvent.Action.ANSWERED, actor)
    _mail_journalist(inquiry, "answer")
    return inquiry


@transaction.atomic
def inquiry_erase(*, inquiry, actor, now=None):
    """Erase one inquiry at its sender's request (data protection).

    Nothing is left to send: an open inquiry is closed, a held one is not
    released, its queued e-mail is withdrawn, and no service acts on it again.
    """
    now = now or timezone.now()
    _refuse_if_erased(inquiry)
    if inquiry.is_open:
        _resume_clock(inquiry, now)
        inquiry.status = Status.CLOSED
        inquiry.closed_at = now
        _refresh_due(inquiry)
    inquiry.held = Hold.NONE
    return inquiry_erase_personal_data(
        inquiry=inquiry, now=now, actor=actor, detail=_("at the sender's request")
    )


@transaction.atomic
def inquiry_erase_personal_data(*, inquiry, now=None, actor=None, detail=""):
    """Erase what identifies the journalist; keep dates, status and kind for figures.

    Its e-mails in the outbox go too: waiting ones would still be sent, and
    every copy holds the personal data.
    """
    now = now or timezone.now()
    withdrawn, _by_type = OutgoingEmail.objects.filter(
        **{"headers__X-Pressroom-Inquiry": inquiry.reference}
    ).delete()
    if inquiry.attachment:
        name = inquiry.attachment.name
        storage = inquiry.attachment.storage
        transaction.on_commit(lambda: storage.delete(name))
    erased = "—"
    inquiry.name = erased
    inquiry.outlet = ""
    inquiry.role = ""
    inquiry.email = "erased@invalid"
    inquiry.phone = ""
    inquiry.subject = erased
    inquiry.question = erased
    inquiry.answer = ""
    inquiry.attachment = ""
    inquiry.attachment_name = ""
    inquiry.status_token = new_status_token()  # the old status link dies
    inquiry.personal_data_erased_at = now
    inquiry.save()
    inquiry.notes.all().delete()
    inquiry.guidance.all().delete()
    withdrawn_detail = ngettext(
        "%(count)s e-mail withdrawn", "%(count)s e-mails withdrawn", withdrawn
    ) % {"count": withdrawn}
    detail = f"{detail}; {withdrawn_detail}" if detail else withdrawn_detail
    _record(inquiry, InquiryEvent.Action.ERASED, actor, detail)
    return inquiry


# Answer once, publish many.

ANSWER_ARTICLE_KINDS = ("statement", "interview")  # news.ArticleKind values
DRAFT_HOOK = "make_inquiry_answer_draft"
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE_NUMBER = re.compile(r"\+?\d[\d /().-]{6,}\d")
REDACTED = "[…]"


def anonymised_question(inquiry):
    """The question without the sender's name, outlet, addresses or numbers.

    A starting point for the desk, who reads it before it is published.
    """
    text = inquiry.question
    for personal in (inquiry.name, inquiry.outlet, inquiry.email, inquiry.phone):
        personal = (personal or "").strip()
        if len(personal) >= 3:
            text = re.sub(re.escape(personal), REDACTED, text, flags=re.IGNORECASE)
    text = EMAIL_ADDRESS.sub(REDACTED, text)
    return PHONE_NUMBER.sub(REDACTED, text)


def _draft_maker():
    """The newsroom's function that makes a draft article (a Wagtail hook)."""
    makers = hooks.get_hooks(DRAFT_HOOK)
    if not makers:
        raise ValidationError(_("No newsroom offers to publish answers."))
    return makers[0]()


@transaction.atomic
def inquiry_draft_article(*, inquiry, kind, title, question, actor):
    """Turn the sent answer into a draft statement or Q&A item, linked back.

    The draft goes into the newsroom of the answer's language and through the
    normal approval workflow; once published, every inquiry asking the same
    question gets its address by e-mail (``inquiries_announce_published``).
    """
    _refuse_if_erased(inquiry)
    if not inquiry.answer or inquiry.answered_at is None:
        raise ValidationError(_("Only an answered inquiry can be published."))
    if inquiry.published_page_id:
        raise ValidationError(_("An article was already made from this answer."))
    if kind not in ANSWER_ARTICLE_KINDS:
        raise ValidationError(_("An answer is published as a statement or a Q&A."))
    language = "en" if inquiry.reply_language == "en" else "sr"
    try:
        page = _draft_maker()(
            title=title,
            kind=kind,
            question=question,
            answer=inquiry.answer,
            language_code=language,
            user=actor,
        )
    except ValueError as error:
        raise ValidationError(str(error)) from error
    inquiry.published_page = page
    inquiry.save(update_fields=["published_page", "updated_at"])
    _record(inquiry, InquiryEvent.Action.DRAFTED, actor, title)
    return page


@transaction.atomic
def inquiry_link_same_question(*, inquiry, reference, actor):
    """Mark ``inquiry`` as asking the same as the inquiry ``reference``.

    Groups have one first inquiry (``same_as`` is None) that the others point
    to; linking two groups merges them. If the group's answer is already
    published, the newly linked sender is told at once.
    """
    _refuse_if_erased(inquiry)
    other = Inquiry.objects.filter(reference=reference.strip()).first()
    if other is None:
        raise ValidationError(_("There is no inquiry with that reference."))
    _refuse_if_erased(other)
    root = other.same_as or other
    own_root_id = inquiry.same_as_id or inquiry.pk
    if root.pk == own_root_id:
        raise ValidationError(_("These inquiries are already linked."))
    # The whole group of ``inquiry`` joins the group of ``other``.
    Inquiry.objects.filter(Q(pk=own_root_id) | Q(same_as_id=own_root_id)).update(
        same_as=root, updated_at=timezone.now()
    )
    inquiry.same_as = root
    _record(inquiry, InquiryEvent.Action.LINKED, actor, root.reference)
    _record(root, InquiryEvent.Action.LINKED, actor, inquiry.reference)
    for page in _published_pages_of(root):
        _announce(page, root.same_question_group())
    return inquiry


def _published_pages_of(root):
    group = root.same_question_group().exclude(published_page=None)
    return [
        inquiry.published_page
        for inquiry in group.select_related("published_page")
        if is_visible(inquiry.published_page)
    ]


def _announce(page, inquiries, now=None):
    now = now or timezone.now()
    url = site_address(page.get_url())
    told = 0
    waiting = inquiries.filter(
        published_answer_sent_at__isnull=True,
        personal_data_erased_at__isnull=True,
        held=Hold.NONE,
    )
    for inquiry in waiting:
        # Claimed row by row: a second publication never mails twice.
        if not Inquiry.objects.filter(
            pk=inquiry.pk, published_answer_sent_at__isnull=True
        ).update(published_answer_sent_at=now):
            continue
        _mail_journalist(
            inquiry,
            "published_answer",
            page_url=address_in_reading_language(url, inquiry.reply_language),
        )
        _record(inquiry, InquiryEvent.Action.PUBLISHED, detail=url)
        told += 1
    return told


@transaction.atomic
def inquiries_announce_published(*, page, now=None):
    """E-mail the published answer to everyone who asked; once per inquiry.

    Only when readers may see it: an article restricted when published is
    mailed once it is visible and published again.
    """
    if not is_visible(page):
        return 0
    told = 0
    for holder in Inquiry.objects.filter(published_page_id=page.pk):
        told += _announce(page, holder.same_question_group(), now)
    return told
