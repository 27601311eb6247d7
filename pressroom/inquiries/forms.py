"""The public inquiry form, with its spam protection, and the desk's action forms."""

import secrets
from datetime import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pressroom.languages.widgets import LanguageSelect

from .attachments import check_attachment
from .models import AnswerTemplate, ReplyLanguage, Status, validate_single_line

TIMESTAMP_SALT = "pressroom.inquiries.form-started"
HONEYPOT_FIELD = "website"


STAMP_MAX_AGE = 24 * 3600


def signed_start_time(at=None):
    """A signed stamp of when the form was shown, for the minimum time to submit.

    A random part makes every stamp unique (two forms shown in the same second
    get different ones), so that each can be spent once (``UsedFormStamp``).
    """
    at = at if at is not None else timezone.now().timestamp()
    value = f"{int(at)}.{secrets.token_urlsafe(12)}"
    return signing.TimestampSigner(salt=TIMESTAMP_SALT).sign(value)


def seconds_since_start(value):
    """Seconds since the form was shown; None if the stamp is missing or forged."""
    try:
        signed = signing.TimestampSigner(salt=TIMESTAMP_SALT).unsign(
            value, max_age=STAMP_MAX_AGE
        )
        started = int(signed.partition(".")[0])
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return timezone.now().timestamp() - started


class InquiryForm(forms.Form):
    """What a journalist tells us. Spam checks happen in the view, silently."""

    name = forms.CharField(
        label=_("Your name"), max_length=100, validators=[validate_single_line]
    )
    outlet = forms.CharField(
        label=_("Media outlet"),
        max_length=200,
        required=False,
        validators=[validate_single_line],
        help_text=_("The newspaper, agency, broadcaster or site you work for."),
    )
    role = forms.CharField(
        label=_("Your role"),
        max_length=200,
        required=False,
        validators=[validate_single_line],
        help_text=_("For example reporter, editor, producer."),
    )
    says_private_person = forms.BooleanField(
        label=_("I am asking as a private person, not for the media"), required=False
    )
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    phone = forms.CharField(
        label=_("Phone (optional)"),
        max_length=50,
        required=False,
        validators=[validate_single_line],
    )
    reply_language = forms.ChoiceField(
        label=_("Language and script of the reply"),
        choices=ReplyLanguage.choices,
        widget=LanguageSelect,
    )
    subject = forms.CharField(
        label=_("Subject"), max_length=200, validators=[validate_single_line]
    )
    question = forms.CharField(
        label=_("Your question"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    deadline_date = forms.DateField(
        label=_("Your deadline: date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    deadline_time = forms.TimeField(
        label=_("Your deadline: time (Belgrade)"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    attachment = forms.FileField(
        label=_("Attachment (optional)"),
        required=False,
        help_text=_("PDF, JPEG or PNG, at most 10 MB."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "application/pdf,image/jpeg,image/png"}
        ),
    )
    # Spam protection: a field people never see, and when the form was shown.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            self.attachment_type = check_attachment(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        day, time = cleaned.get("deadline_date"), cleaned.get("deadline_time")
        cleaned["deadline"] = None
        if day and not time:
            self.add_error(
                "deadline_time", _("Please give the time of your deadline too.")
            )
        elif time and not day:
            self.add_error(
                "deadline_date", _("Please give the date of your deadline too.")
            )
        elif day and time:
            deadline = timezone.make_aware(
                datetime.combine(day, time), timezone.get_default_timezone()
            )
            if deadline <= timezone.now():
                self.add_error("deadline_date", _("The deadline is in the past."))
            cleaned["deadline"] = deadline
        return cleaned


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label=_("Assign to"), queryset=get_user_model().objects.none(), required=False
    )

    def __init__(self, *args, desk_users, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = desk_users


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[
            (status.value, status.label)
            for status in Status
            if status not in (Status.FORWARDED, Status.ANSWERED)
        ],
    )


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Internal note"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class GuidanceForm(forms.Form):
    text = forms.CharField(
        label=_("Guidance"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 4})
    )


class ForwardForm(forms.Form):
    message = forms.CharField(
        label=_("Message to HQ (optional)"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AnswerForm(forms.Form):
    template = forms.ModelChoiceField(
        label=_("Start from a template"),
        queryset=AnswerTemplate.objects.all(),
        required=False,
    )
    text = forms.CharField(
        label=_("Answer"),
        max_length=20_000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
    )


class EraseForm(forms.Form):
    confirm = forms.BooleanField(
        label=_(
            "The sender asked for their data to be erased. Erase it now: this "
            "cannot be undone, and nothing more is sent about this inquiry."
        ),
        required=True,
    )


class StatisticsRangeForm(forms.Form):
    """The days of arrival the statistics count (Belgrade), both optional."""

    start = forms.DateField(
        label=_("Received from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    end = forms.DateField(
        label=_("to"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end of the range is before its start."))
        return cleaned


class DraftArticleForm(forms.Form):
    """Publish a sent answer as a draft article (news makes it)."""

    kind = forms.ChoiceField(
        label=_("Publish as"),
        choices=[("statement", _("Statement")), ("interview", _("Q&A (interview)"))],
    )
    title = forms.CharField(
        label=_("Title"), max_length=200, validators=[validate_single_line]
    )
    question = forms.CharField(
        label=_("The question, as published"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Names, outlets, addresses and numbers of the sender are taken out; "
            "check that nothing else identifies the journalist."
        ),
    )


class LinkForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference of an inquiry asking the same"), max_length=30
    )
