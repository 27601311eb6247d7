"""Compose an e-mail in the reader's language and script and queue it.

``send_email`` is the one way Pressroom sends mail. It renders the message
now, in the reading language the recipient chose (Serbian Latin is rendered
in Serbian and converted here, the one place e-mail becomes Latin), stores it
and enqueues its delivery in the caller's transaction: if the transaction
rolls back, nothing is sent; if it commits, the message is on disk and will
be delivered even if the mail server is down for a while.
"""

from dataclasses import dataclass

from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation

from pressroom.languages.reading import BY_CODE, LATIN_CODE
from pressroom.serbian.script import html_to_latin, to_latin

from .models import OutgoingEmail


@dataclass(frozen=True)
class RenderedEmail:
    """The three parts of a message, in the recipient's language and script."""

    subject: str
    text: str
    html: str


def render_email(template, context, reading_language):
    """Render ``<template>_subject.txt``, ``<template>.txt`` and ``<template>.html``.

    The HTML part is optional. Serbian Latin is rendered with the Latin
    interface strings and every Cyrillic letter from the content is converted.
    """
    if reading_language not in BY_CODE:
        raise ValueError(f"Unknown reading language: {reading_language!r}")
    context = {**context, "reading_language": reading_language}
    with translation.override(reading_language):
        subject = render_to_string(f"{template}_subject.txt", context)
        text = render_to_string(f"{template}.txt", context)
        try:
            html = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:
            html = ""
    subject = " ".join(subject.split())
    if reading_language == LATIN_CODE:
        subject, text = to_latin(subject), to_latin(text)
        html = html_to_latin(html) if html else ""
    return RenderedEmail(subject=subject, text=text, html=html)


def send_email(*, to, template, context, reading_language, headers=None, reply_to=None):
    """Store a message for ``to`` and enqueue its delivery; return the OutgoingEmail.

    Call it inside the transaction that records what the message is about.
    """
    from .tasks import deliver_email

    recipients = [to] if isinstance(to, str) else list(to)
    if not recipients:
        raise ValueError("An e-mail needs at least one recipient.")
    rendered = render_email(template, context, reading_language)
    with transaction.atomic():
        email = OutgoingEmail.objects.create(
            template=template,
            reading_language=reading_language,
            to=recipients,
            reply_to=list(reply_to or []),
            headers=dict(headers or {}),
            subject=rendered.subject,
            body_text=rendered.text,
            body_html=rendered.html,
        )
        deliver_email.enqueue(email.pk)
    return email
