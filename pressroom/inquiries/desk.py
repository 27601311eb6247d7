"""The staff side in the Wagtail admin: the queue, one inquiry, its actions.

Every view asks ``access`` what the user may see and do, and calls a
service for every change. Inquiry text is only ever shown escaped.
"""

import mimetypes
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, F, Q, Value, When
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

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
    ForwardForm,
    GuidanceForm,
    NoteForm,
    StatusForm,
)
from .models import OPEN_STATUSES, AnswerTemplate, Inquiry, Status


def urgency_label(urgency):
    labels = {
        Urgency.OVERDUE: _("Overdue"),
        Urgency.DUE_SOON: _("Due soon"),
        Urgency.PAUSED: _("Awaiting HQ"),
        Urgency.ON_TIME: _("On time"),
    }
    return labels.get(urgency, "")


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


def filter_queue(queryset, params, now):
    """Apply the queue's filters: status, verified, overdue or due soon, assignee."""
    status = params.get("status", "open")
    if status == "open":
        queryset = queryset.filter(status__in=OPEN_STATUSES)
    elif status in Status.values:
        queryset = queryset.filter(status=status)
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
    late = Q(response_due_at__lte=now) | Q(deadline__lte=now)
    if urgency == "overdue":
        queryset = queryset.filter(is_media=True, status__in=OPEN_STATUSES).filter(late)
    elif urgency == "due_soon":
        soon = now + timedelta(hours=2)
        queryset = (
            queryset.filter(is_media=True, status__in=OPEN_STATUSES)
            .filter(Q(response_due_at__lte=soon) | Q(deadline__lte=soon))
            .exclude(late)
        )
    if params.get("held") == "yes":
        queryset = queryset.exclude(held=Inquiry.Hold.NONE)
    assignee = params.get("assignee")
    if assignee == "none":
        queryset = queryset.filter(assignee__isnull=True)
    elif assignee and is_small_number(assignee):
        queryset = queryset.filter(assignee_id=int(assignee))
    return queryset


QUEUE_LENGTH = 500  # rows the queue shows at most


def queue(request):
    """The queue of inquiries the user may see, most urgent first."""
    if not can_see_desk(request.user):
        raise PermissionDenied
    now = timezone.now()
    inquiries = filter_queue(visible_inquiries(request.user), request.GET, now)
    # Media inquiries still to answer come first, the one due soonest first,
    # however many newer ones were closed since: the cut at QUEUE_LENGTH
    # never hides one that is late. The rest follow, newest first.
    to_answer = Q(is_media=True, status__in=OPEN_STATUSES)
    inquiries = (
        inquiries.alias(
            answered=Case(When(to_answer, then=Value(0)), default=Value(1)),
            due=Case(When(to_answer, then=F("response_due_at"))),
        )
        .order_by("answered", F("due").asc(nulls_last=True), "-received_at", "-pk")
        .select_related("assignee", "matched_outlet")
        .prefetch_related("pauses")
    )
    rows = []
    for inquiry in inquiries[:QUEUE_LENGTH]:
        urgency = inquiry.urgency(now)
        rows.append(
            {
                "inquiry": inquiry,
                "urgency": urgency.value,
                "label": urgency_label(urgency),
            }
        )
    order = {"overdue": 0, "due_soon": 1, "on_time": 2, "paused": 3, "done": 4}
    rows.sort(key=lambda row: order[row["urgency"]])
    return render(
        request,
        "inquiries/desk/queue.html",
        {
            "rows": rows,
            "params": request.GET,
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
    context = {
        "inquiry": inquiry,
        "urgency": urgency_label(inquiry.urgency()),
        "urgency_class": inquiry.urgency().value,
        "events": inquiry.events.select_related("actor"),
        "guidance": inquiry.guidance.select_related("author"),
        "can_act": acting,
        "can_add_guidance": can_add_guidance(request.user)
        and inquiry.forwarded_at is not None,
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


def statistics_view(request):
    """Counts, median time to first response, share answered before the deadline."""
    if not request.user.has_perm("inquiries.view_inquiry"):
        raise PermissionDenied
    return render(
        request,
        "inquiries/desk/statistics.html",
        {"figures": statistics.desk_figures(Inquiry.objects.all())},
    )
