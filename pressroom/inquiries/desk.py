"""The staff side in the Wagtail admin: the queue, one inquiry, its actions.

Every view asks ``access`` what the user may see and do, and calls a
service for every change. Inquiry text is only ever shown escaped.
"""

import mimetypes

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pressroom.outbox.delivery import retry_now
from pressroom.outbox.models import OutgoingEmail

from . import services, statistics
from .access import (
    DESK_GROUP,
    can_act,
    can_add_guidance,
    can_see_desk,
    visible_inquiries,
)
from .clock import Urgency
from .forms import (
    AnswerForm,
    AssignForm,
    DraftArticleForm,
    EraseForm,
    ForwardForm,
    GuidanceForm,
    LinkForm,
    NoteForm,
    StatisticsRangeForm,
    StatusForm,
)
from .models import (
    OPEN_STATUSES,
    URGENCY_BY_RANK,
    AnswerTemplate,
    Inquiry,
    Status,
    urgency_label,
)


def desk_users():
    """Who an inquiry can be assigned to: members of the Media desk group."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name=DESK_GROUP) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )


def is_small_number(text):
    """ASCII digits that fit a database integer (``"²"`` and 10**30 do not)."""
    return text.isascii() and text.isdigit() and len(text) <= 18


SEARCH_MAX_LENGTH = 200


def search_inquiries(queryset, text):
    """Inquiries with ``text`` in reference, e-mail, name, outlet, subject, question.

    Internal notes and HQ guidance are not searched: HQ may search too.
    """
    text = " ".join(text.split())[:SEARCH_MAX_LENGTH]
    if not text:
        return queryset
    return queryset.filter(
        Q(reference__icontains=text)
        | Q(email__icontains=text)
        | Q(name__icontains=text)
        | Q(outlet__icontains=text)
        | Q(subject__icontains=text)
        | Q(question__icontains=text)
    )


def filter_queue(queryset, params):
    """Apply the queue's search and filters (on a ``by_urgency`` queryset).

    The status is "open" unless asked otherwise; a search looks at every
    status, since a reference or an address is often an old inquiry's.
    """
    query = params.get("q", "")
    status = params.get("status") or ("all" if query.strip() else "open")
    if status == "open":
        queryset = queryset.filter(status__in=OPEN_STATUSES)
    elif status in Status.values:
        queryset = queryset.filter(status=status)
    queryset = search_inquiries(queryset, query)
    verified = params.get("verified")
    if verified == "yes":
        queryset = queryset.filter(verified=True)
    elif verified == "no":
        queryset = queryset.filter(verified=False, is_media=True)
    elif verified == "domain":
        queryset = queryset.filter(
            verified=False, is_media=True, matched_outlet__isnull=False
        )
    elif verified == "not_media":
        queryset = queryset.filter(is_media=False)
    urgency = params.get("urgency")
    if urgency == "overdue":
        queryset = queryset.filter(urgency_rank=URGENCY_BY_RANK.index(Urgency.OVERDUE))
    elif urgency == "due_soon":
        queryset = queryset.filter(urgency_rank=URGENCY_BY_RANK.index(Urgency.DUE_SOON))
    if params.get("held") == "yes":
        queryset = queryset.exclude(held=Inquiry.Hold.NONE)
    assignee = params.get("assignee")
    if assignee == "none":
        queryset = queryset.filter(assignee__isnull=True)
    elif assignee and is_small_number(assignee):
        queryset = queryset.filter(assignee_id=int(assignee))
    return queryset, status


QUEUE_LENGTH = 100  # rows per page of the queue


def queue(request):
    """The queue of inquiries the user may see, most urgent first, page by page.

    The database orders every row (``by_urgency``), so the first page holds
    the most urgent inquiries however many there are.
    """
    if not can_see_desk(request.user):
        raise PermissionDenied
    inquiries, status = filter_queue(
        visible_inquiries(request.user).by_urgency(timezone.now()), request.GET
    )
    page = Paginator(
        inquiries.select_related("assignee", "matched_outlet"), QUEUE_LENGTH
    ).get_page(request.GET.get("p"))
    rows = [
        {
            "inquiry": inquiry,
            "urgency": inquiry.ranked_urgency.value,
            "label": urgency_label(inquiry.ranked_urgency),
        }
        for inquiry in page
    ]
    other_params = request.GET.copy()
    other_params.pop("p", None)
    return render(
        request,
        "inquiries/desk/queue.html",
        {
            "rows": rows,
            "page": page,
            "page_query": other_params.urlencode(),
            "params": request.GET,
            "status": status,
            "statuses": [("open", _("Open")), ("all", _("All")), *Status.choices],
            "assignees": desk_users(),
            "can_act": can_act(request.user),
        },
    )


def _inquiry_for(request, pk):
    if not can_see_desk(request.user):
        raise PermissionDenied
    if pk > 2**63 - 1:  # beyond any database's integer: no such inquiry
        raise Http404
    return get_object_or_404(visible_inquiries(request.user), pk=pk)


def detail(request, pk):
    """One inquiry with its history, notes, guidance and the actions."""
    inquiry = _inquiry_for(request, pk)
    acting = can_act(request.user)
    erased = inquiry.personal_data_erased_at is not None
    context = {
        "inquiry": inquiry,
        "erased": erased,
        "urgency": urgency_label(inquiry.urgency()),
        "urgency_class": inquiry.urgency().value,
        "events": inquiry.events.select_related("actor"),
        "guidance": inquiry.guidance.select_related("author"),
        "can_act": acting,
        "can_add_guidance": can_add_guidance(request.user)
        and inquiry.forwarded_at is not None
        and not erased,
        "hq_configured": bool(settings.INQUIRY_HQ_EMAIL),
    }
    if acting:
        answer_initial = {"text": inquiry.answer}
        template_id = request.GET.get("template")
        if template_id and is_small_number(template_id):
            chosen = AnswerTemplate.objects.filter(pk=int(template_id)).first()
            if chosen:
                answer_initial = {
                    "template": chosen.pk,
                    "text": chosen.body_for(inquiry.reply_language),
                }
        context.update(
            notes=inquiry.notes.select_related("author"),
            assign_form=AssignForm(
                initial={"assignee": inquiry.assignee_id}, desk_users=desk_users()
            ),
            status_form=StatusForm(initial={"status": inquiry.status}),
            note_form=NoteForm(),
            forward_form=ForwardForm(),
            answer_form=AnswerForm(initial=answer_initial),
            erase_form=EraseForm(),
            link_form=LinkForm(),
            same_questions=inquiry.same_question_group()
            .exclude(pk=inquiry.pk)
            .order_by("received_at"),
        )
        if inquiry.answered_at and not inquiry.published_page_id:
            context["draft_form"] = DraftArticleForm(
                initial={
                    "kind": "statement",
                    "title": inquiry.subject,
                    "question": services.anonymised_question(inquiry),
                }
            )
    if context["can_add_guidance"]:
        context["guidance_form"] = GuidanceForm()
    return render(request, "inquiries/desk/detail.html", context)


@require_POST
def act(request, pk, action):
    """Carry out one action on an inquiry and go back to it."""
    inquiry = _inquiry_for(request, pk)
    user = request.user
    if action == "guidance":
        if not can_add_guidance(user):
            raise PermissionDenied
    elif not can_act(user):
        raise PermissionDenied
    try:
        done = _perform(request, inquiry, action, user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if done:
            messages.success(request, done)
        else:
            messages.error(request, _("Please check what you entered."))
    return redirect("inquiries_admin:detail", pk=inquiry.pk)


def _perform(request, inquiry, action, user):
    """Run the service for ``action``; return a success message or None."""
    if action == "assign":
        form = AssignForm(request.POST, desk_users=desk_users())
        if form.is_valid():
            services.inquiry_assign(
                inquiry=inquiry, assignee=form.cleaned_data["assignee"], actor=user
            )
            return _("Assignment saved.")
    elif action == "status":
        form = StatusForm(request.POST)
        if form.is_valid():
            services.inquiry_change_status(
                inquiry=inquiry, status=form.cleaned_data["status"], actor=user
            )
            return _("Status changed.")
    elif action == "note":
        form = NoteForm(request.POST)
        if form.is_valid():
            services.inquiry_add_note(
                inquiry=inquiry, text=form.cleaned_data["text"], actor=user
            )
            return _("Note added.")
    elif action == "forward":
        form = ForwardForm(request.POST)
        if form.is_valid():
            services.inquiry_forward(
                inquiry=inquiry, actor=user, message=form.cleaned_data["message"]
            )
            return _("Forwarded to the HQ press office. The clock is paused.")
    elif action == "guidance":
        form = GuidanceForm(request.POST)
        if form.is_valid():
            services.inquiry_add_guidance(
                inquiry=inquiry, text=form.cleaned_data["text"], actor=user
            )
            return _("Guidance added.")
    elif action == "draft":
        form = DraftArticleForm(request.POST)
        if form.is_valid():
            services.inquiry_draft_article(
                inquiry=inquiry, actor=user, **form.cleaned_data
            )
            return _(
                "A draft article was made from the answer and submitted for approval."
            )
    elif action == "link":
        form = LinkForm(request.POST)
        if form.is_valid():
            services.inquiry_link_same_question(
                inquiry=inquiry, reference=form.cleaned_data["reference"], actor=user
            )
            return _("Linked: the published answer will be e-mailed to both.")
    elif action == "erase":
        form = EraseForm(request.POST)
        if form.is_valid():
            services.inquiry_erase(inquiry=inquiry, actor=user)
            return _(
                "The inquiry's personal data is erased; nothing more will be sent."
            )
    elif action == "verify":
        services.inquiry_verify(inquiry=inquiry, actor=user)
        return _("The sender's e-mail address is marked as verified.")
    elif action == "release":
        services.inquiry_release(inquiry=inquiry, actor=user)
        return _("Released: the acknowledgement is on its way to the journalist.")
    elif action == "answer":
        form = AnswerForm(request.POST)
        if form.is_valid() and form.cleaned_data["text"].strip():
            services.inquiry_answer(
                inquiry=inquiry, text=form.cleaned_data["text"], actor=user
            )
            return _("Answer sent to the journalist.")
    else:
        raise Http404
    return None


def attachment_download(request, pk):
    """Hand an attachment to staff who may see the inquiry, as a download."""
    inquiry = _inquiry_for(request, pk)
    if not inquiry.attachment:
        raise Http404
    extension = mimetypes.guess_extension(inquiry.attachment_type) or ".bin"
    response = FileResponse(
        inquiry.attachment.open("rb"),
        as_attachment=True,
        filename=f"{inquiry.reference}{extension}",
        content_type=inquiry.attachment_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


MAIL_QUEUE_LENGTH = 100  # messages per page


def mail_queue(request):
    """The desk's e-mail waiting to be sent, or given up on, with a retry button.

    Only the desk's own messages (inquiry templates): subscribers' mail is
    not the desk's business.
    """
    if not request.user.has_perm("inquiries.view_inquiry"):
        raise PermissionDenied
    show = request.GET.get("show")
    statuses = {
        "pending": [OutgoingEmail.Status.PENDING],
        "failed": [OutgoingEmail.Status.FAILED],
    }.get(show, [OutgoingEmail.Status.PENDING, OutgoingEmail.Status.FAILED])
    emails = OutgoingEmail.objects.filter(
        template__startswith="inquiries/", status__in=statuses
    ).order_by("-created_at", "-pk")
    page = Paginator(emails, MAIL_QUEUE_LENGTH).get_page(request.GET.get("p"))
    return render(
        request,
        "inquiries/desk/mail_queue.html",
        {"page": page, "show": show or "", "can_act": can_act(request.user)},
    )


@require_POST
def mail_retry(request, pk):
    """Try one of the desk's messages again at once."""
    if not (request.user.has_perm("inquiries.view_inquiry") and can_act(request.user)):
        raise PermissionDenied
    if pk > 2**63 - 1:  # beyond any database's integer
        raise Http404
    email = get_object_or_404(OutgoingEmail, pk=pk, template__startswith="inquiries/")
    if retry_now(email.pk):
        messages.success(request, _("The message will be tried again now."))
    else:
        messages.error(request, _("This message is no longer waiting to be sent."))
    return redirect("inquiries_admin:mail_queue")


def statistics_view(request):
    """The desk's figures over a range of arrival days, and by month."""
    if not request.user.has_perm("inquiries.view_inquiry"):
        raise PermissionDenied
    form = StatisticsRangeForm(request.GET or None)
    start = end = None
    if form.is_bound and form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    inquiries = statistics.received_between(Inquiry.objects.all(), start, end)
    return render(
        request,
        "inquiries/desk/statistics.html",
        {
            "form": form,
            "start": start,
            "end": end,
            "figures": statistics.desk_figures(
                inquiries, rejected_since=start, rejected_until=end
            ),
            "monthly": statistics.monthly_figures(inquiries),
        },
    )
