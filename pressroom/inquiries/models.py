"""The media inquiry desk: inquiries, their history, notes, HQ guidance, outlets.

Rules live in ``services.py`` (every change of an inquiry goes through it)
and in the pure ``clock.py``; the models hold data and a few read-only
properties for templates.
"""

import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, Least
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from pressroom.languages.reading import LANGUAGE_CHOICES
from pressroom.serbian.forms import SerbianSlugPageForm
from pressroom.visibility.rules import visible_pages

from . import clock
from .storage import private_attachment_storage, random_attachment_name

# Line breaks and other control characters: a name or subject with them
# would add lines to the e-mails it is written into.
NOT_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def validate_single_line(value):
    """Refuse line breaks and control characters in a one-line field."""
    if NOT_SINGLE_LINE.search(value or ""):
        raise ValidationError(
            _("Please write this on one line, without line breaks."),
            code="single_line",
        )


def new_status_token():
    """An unguessable token for the journalist's private status link."""
    return secrets.token_urlsafe(32)


# The language and script of everything the journalist receives: a reading
# language (pressroom/languages/reading.py).
ReplyLanguage = models.TextChoices(
    "ReplyLanguage",
    {code.upper().replace("-", "_"): (code, name) for code, name in LANGUAGE_CHOICES},
)
ENGLISH = "en"


class Status(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    FORWARDED = "forwarded", _("Forwarded to HQ")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
    DECLINED = "declined", _("Declined")


OPEN_STATUSES = (Status.NEW, Status.IN_PROGRESS, Status.FORWARDED)


class Hold(models.TextChoices):
    """Why an inquiry's acknowledgement waits for the desk (empty: it does not)."""

    NONE = "", _("Not held")
    RATE_LIMIT = "rate_limit", _("To review (rate limit)")


class MediaOutlet(models.Model):
    """A registered media outlet.

    An inquiry from one of its e-mail domains is marked as matching it; that
    alone does not make it verified (anyone can type such an address).
    """

    name = models.CharField(_("name"), max_length=200, unique=True)
    email_domains = models.TextField(
        _("e-mail domains"),
        help_text=_("One per line, for example newsroom.example.org"),
    )

    class Meta:
        verbose_name = _("media outlet")
        verbose_name_plural = _("media outlets")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def domains(self):
        return {
            line.strip().lower().lstrip("@")
            for line in self.email_domains.replace(",", "\n").splitlines()
            if line.strip()
        }

    @classmethod
    def for_email(cls, email):
        """The outlet whose registered domain the address belongs to, or None."""
        domain = email.rpartition("@")[2].strip().lower()
        if not domain:
            return None
        for outlet in cls.objects.all():
            if domain in outlet.domains:
                return outlet
        return None


# What the database's urgency rank (``InquiryQuerySet.by_urgency``) means.
URGENCY_BY_RANK = (
    clock.Urgency.OVERDUE,
    clock.Urgency.DUE_SOON,
    clock.Urgency.ON_TIME,
    clock.Urgency.PAUSED,
    clock.Urgency.DONE,
)


def urgency_label(urgency):
    """How the desk names an urgency (``clock.Urgency``), in the active language."""
    labels = {
        clock.Urgency.OVERDUE: _("Overdue"),
        clock.Urgency.DUE_SOON: _("Due soon"),
        clock.Urgency.PAUSED: _("Awaiting HQ"),
        clock.Urgency.ON_TIME: _("On time"),
    }
    return str(labels.get(urgency, ""))


class InquiryQuerySet(models.QuerySet):
    def by_urgency(self, now=None):
        """Most urgent first, decided by the database for any number of rows.

        Each inquiry gets ``urgency_rank`` (an index into ``URGENCY_BY_RANK``,
        the same classes as ``clock.ResponseClock.urgency``) and
        ``urgency_due``, the earlier of the first-response due time and the
        journalist's deadline; within a rank the earliest comes first.

        "Due soon" for the target means less than the warning margin of
        *working* time left: the due time is before the moment that margin,
        counted in working time from now, runs out. That moment is computed
        once here, so the comparison is a plain one in SQL.
        """
        now = now or timezone.now()
        rules = response_clock()
        target_soon = clock.add_working_time(now, rules.warning, rules.hours)
        on_clock = Q(
            is_media=True, status__in=OPEN_STATUSES, first_response_at__isnull=True
        )
        late = Q(response_due_at__lte=now) | Q(deadline__lte=now)
        soon = Q(response_due_at__lte=target_soon) | Q(
            deadline__lte=now + rules.deadline_warning
        )
        earliest = Least(
            Coalesce("response_due_at", "deadline"),
            Coalesce("deadline", "response_due_at"),
        )
        return self.annotate(
            urgency_rank=Case(
                When(on_clock & late, then=Value(0)),
                When(on_clock & soon, then=Value(1)),
                When(on_clock & Q(response_due_at__isnull=False), then=Value(2)),
                When(on_clock, then=Value(3)),  # no due time: awaiting HQ
                default=Value(4),
            ),
            urgency_due=Case(When(on_clock, then=earliest)),
        ).order_by(
            "urgency_rank",
            F("urgency_due").asc(nulls_last=True),
            "-received_at",
            "-pk",
        )


class ReferenceCounter(models.Model):
    """The last reference number given out in a year (one row per year).

    The submission's transaction increments the row with an UPDATE, which
    holds the row's lock until it commits, so concurrent submissions queue
    for their numbers on PostgreSQL as on SQLite.
    """

    year = models.PositiveIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class Inquiry(models.Model):
    """One journalist's question, from submission to answer."""

    Status = Status
    Hold = Hold

    reference = models.CharField(_("reference"), max_length=30, unique=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    # What the journalist told us (erased by the retention command).
    name = models.CharField(
        _("name"), max_length=200, validators=[validate_single_line]
    )
    outlet = models.CharField(
        _("media outlet"),
        max_length=200,
        blank=True,
        validators=[validate_single_line],
    )
    role = models.CharField(
        _("role"), max_length=200, blank=True, validators=[validate_single_line]
    )
    email = models.EmailField(_("e-mail"), max_length=254)
    phone = models.CharField(
        _("phone"), max_length=50, blank=True, validators=[validate_single_line]
    )
    reply_language = models.CharField(
        _("language and script of the reply"),
        max_length=10,
        choices=ReplyLanguage.choices,
        default=ENGLISH,
    )
    subject = models.CharField(
        _("subject"), max_length=200, validators=[validate_single_line]
    )
    question = models.TextField(_("question"))
    deadline = models.DateTimeField(_("journalist's deadline"), null=True, blank=True)
    says_private_person = models.BooleanField(
        _("says they are a private person"), default=False
    )
    attachment = models.FileField(
        _("attachment"),
        storage=private_attachment_storage,
        upload_to=random_attachment_name,
        blank=True,
        max_length=200,
    )
    attachment_name = models.CharField(
        _("attachment's file name"), max_length=200, blank=True
    )
    attachment_type = models.CharField(
        _("attachment's type"), max_length=50, blank=True
    )

    # The desk's view of it.
    is_media = models.BooleanField(_("from the media"), default=True)
    # Verified: the sender showed the mailbox is theirs (the link in the
    # acknowledgement) or staff confirmed it. A matching domain is only a hint.
    verified = models.BooleanField(_("e-mail address verified"), default=False)
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        help_text=_("Empty when the sender confirmed through the e-mailed link."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    matched_outlet = models.ForeignKey(
        MediaOutlet,
        verbose_name=_("registered outlet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inquiries",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    # Stored, but nothing is e-mailed to the sender until the desk releases
    # it: an address over the limit cannot make the form mail strangers.
    held = models.CharField(
        _("held for review"),
        max_length=20,
        choices=Hold.choices,
        blank=True,
        default=Hold.NONE,
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_inquiries",
    )
    response_due_at = models.DateTimeField(
        _("first response due"), null=True, blank=True
    )
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    forwarded_at = models.DateTimeField(_("forwarded to HQ"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    answer = models.TextField(_("answer"), blank=True)
    personal_data_erased_at = models.DateTimeField(
        _("personal data erased"), null=True, blank=True
    )

    status_token = models.CharField(
        max_length=64, unique=True, default=new_status_token, editable=False
    )
    # Answer once, publish many: the draft article made from this inquiry's
    # answer (``news`` makes it; inquiries only keeps the page), and the
    # inquiry this one asks the same thing as (the group's first).
    published_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("article made from the answer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    same_as = models.ForeignKey(
        "self",
        verbose_name=_("same question as"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="same_questions",
    )
    published_answer_sent_at = models.DateTimeField(
        _("published answer e-mailed"), null=True, blank=True
    )
    # When the desk was told the inquiry is due soon (reset when the due time
    # moves), so that the reminder goes once.
    due_soon_notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = InquiryQuerySet.as_manager()

    class Meta:
        verbose_name = _("media inquiry")
        verbose_name_plural = _("media inquiries")
        ordering = ["-received_at", "-pk"]
        permissions = [
            ("view_forwarded_inquiry", _("Can view inquiries forwarded to HQ")),
            ("add_hq_guidance", _("Can add HQ guidance to forwarded inquiries")),
        ]
        indexes = [
            models.Index(fields=["status", "response_due_at"]),
            models.Index(fields=["status", "closed_at"]),
        ]

    def __str__(self):
        return f"{self.reference}: {self.subject}"

    def token_matches(self, token):
        """Compare a status-link token in constant time."""
        return constant_time_compare(self.status_token, token or "")

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def on_the_clock(self):
        """Media inquiries count against the first-response target; others never."""
        return self.is_media and self.first_response_at is None and self.is_open

    def same_question_group(self):
        """This inquiry and every inquiry linked to the same question."""
        root_id = self.same_as_id or self.pk
        return Inquiry.objects.filter(Q(pk=root_id) | Q(same_as_id=root_id))

    def pause_intervals(self):
        return [(pause.started_at, pause.ended_at) for pause in self.pauses.all()]

    @property
    def ranked_urgency(self):
        """The urgency the database gave (``by_urgency``), as a ``clock.Urgency``."""
        return URGENCY_BY_RANK[self.urgency_rank]

    def urgency(self, now=None):
        """How the inquiry stands against the target and the deadline."""
        if not self.on_the_clock:
            return clock.Urgency.DONE
        return response_clock().urgency(
            received=self.received_at,
            now=now or timezone.now(),
            pauses=self.pause_intervals(),
            deadline=self.deadline,
        )


def response_clock():
    """The desk's clock from the settings."""
    return clock.ResponseClock(
        target=timedelta(hours=settings.INQUIRY_FIRST_RESPONSE_HOURS),
        warning=timedelta(minutes=settings.INQUIRY_DUE_SOON_MINUTES),
    )


class ClockPause(models.Model):
    """A time the office's first-response clock stood still (awaiting HQ)."""

    inquiry = models.ForeignKey(
        Inquiry, on_delete=models.CASCADE, related_name="pauses"
    )
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["started_at"]

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M} – {self.ended_at or '…'}"


class InquiryEvent(models.Model):
    """One line of an inquiry's history: who did what, when."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        ASSIGNED = "assigned", _("Assigned")
        STATUS = "status", _("Status changed")
        NOTE = "note", _("Internal note added")
        FORWARDED = "forwarded", _("Forwarded to HQ")
        GUIDANCE = "guidance", _("HQ guidance added")
        ANSWERED = "answered", _("Answered")
        ERASED = "erased", _("Personal data erased")
        REMINDED = "reminded", _("Due-soon reminder sent")
        RELEASED = "released", _("Released after review")
        DRAFTED = "drafted", _("Draft article made from the answer")
        LINKED = "linked", _("Linked to the same question")
        PUBLISHED = "published", _("Published answer e-mailed")
        VERIFIED = "verified", _("E-mail address verified")

    inquiry = models.ForeignKey(
        Inquiry, on_delete=models.CASCADE, related_name="events"
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("what"), max_length=20, choices=Action.choices)
    detail = models.CharField(_("detail"), max_length=300, blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.inquiry.reference} {self.action}"


class InternalNote(models.Model):
    """A note for the desk only; never shown to the journalist."""

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    text = models.TextField(_("note"))

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:50]


class HQGuidance(models.Model):
    """Guidance from the headquarters press office on a forwarded inquiry."""

    inquiry = models.ForeignKey(
        Inquiry, on_delete=models.CASCADE, related_name="guidance"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    text = models.TextField(_("guidance"))

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("HQ guidance")
        verbose_name_plural = _("HQ guidance")

    def __str__(self):
        return self.text[:50]


class AnswerTemplate(models.Model):
    """A reusable answer in English and Serbian (Cyrillic)."""

    title = models.CharField(_("title"), max_length=200, unique=True)
    body_en = models.TextField(_("answer in English"))
    body_sr = models.TextField(_("answer in Serbian (Cyrillic)"))

    class Meta:
        verbose_name = _("answer template")
        verbose_name_plural = _("answer templates")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def body_for(self, reply_language):
        return self.body_en if reply_language == ENGLISH else self.body_sr


class UsedFormStamp(models.Model):
    """A form stamp already spent on a stored inquiry: each stamp sends once.

    The primary key makes a second use fail inside the submission's
    transaction, however close together two posts arrive. Rows older than
    a stamp's lifetime are removed by ``erase_old_inquiries``.
    """

    digest = models.CharField(max_length=64, primary_key=True)
    used_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return self.digest


class RejectedSubmission(models.Model):
    """How many submissions were turned away as spam, per day and reason."""

    class Reason(models.TextChoices):
        HONEYPOT = "honeypot", _("Honeypot field filled in")
        TOO_FAST = "too_fast", _("Sent too fast")
        BAD_TIMESTAMP = "bad_timestamp", _("Form timestamp missing or forged")
        RATE_LIMIT = "rate_limit", _("Too many from one client")

    day = models.DateField()
    reason = models.CharField(max_length=20, choices=Reason.choices)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "reason"], name="one_count_per_day")
        ]

    def __str__(self):
        return f"{self.day} {self.reason}: {self.count}"


class MediaInquiryPage(Page):
    """The public inquiry form, and the media section it belongs to.

    Every page of the chosen media section (the section's page and all below
    it) shows the media-only notice with a link here.

    The model only holds the page's content. Requests for it are handed to
    ``views.inquiry_form`` by the ``on_serve_page`` hook in
    ``wagtail_hooks.py`` (after Wagtail's own checks, such as view
    restrictions), so that imports flow one way: views, forms and services
    import the models, never the reverse. A preview renders the template,
    whose ``{% blank_inquiry_form %}`` supplies the empty form.
    """

    base_form_class = SerbianSlugPageForm

    notice = models.TextField(
        _("media-only notice"),
        help_text=_(
            "Shown on this page and every page of the media section: the office "
            "answers inquiries from the media only."
        ),
    )
    intro = models.TextField(_("introduction"), blank=True)
    media_section = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("media section"),
        help_text=_("The section whose pages show the notice, e.g. the Newsroom."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("notice"),
        FieldPanel("intro"),
        FieldPanel("media_section"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("media inquiry page")

    @classmethod
    def for_page(cls, page, candidates=None):
        """The inquiry page whose media section ``page`` is in, or None.

        ``candidates``: the inquiry pages readers may see in the page's locale, if the
        caller has them already.
        """
        if page is None or not isinstance(page, Page):
            return None
        if candidates is None:
            candidates = with_section_path(
                visible_pages(cls.objects.filter(locale_id=page.locale_id))
            )
        for form_page in candidates:
            if form_page.pk == page.pk:
                return form_page
            section_path = form_page.media_section_path
            if section_path is not None and page.path.startswith(section_path):
                return form_page
        return None


def with_section_path(form_pages):
    """Inquiry pages with their media section's tree path as ``media_section_path``.

    A subquery per inquiry page (one or two), not a join: PostgreSQL never
    analyses a table of two rows, and its default guess of hundreds made it
    hash-join every page of the site, on every page served.
    """
    section = Page.objects.filter(pk=OuterRef("media_section_id"))
    return form_pages.annotate(media_section_path=Subquery(section.values("path")[:1]))
