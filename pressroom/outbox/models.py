"""Outgoing e-mail, stored before it is sent so that none is ever lost."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingEmail(models.Model):
    """One message to one or more recipients, kept until the mail server takes it.

    A message is written in the same transaction as whatever caused it (an
    inquiry, a subscription) and delivered afterwards by a background task,
    which retries until the mail server accepts it.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Gave up")

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    template = models.CharField(_("template"), max_length=200)
    reading_language = models.CharField(_("reading language"), max_length=10)
    to = models.JSONField(_("to"))
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    subject = models.CharField(_("subject"), max_length=300)
    body_text = models.TextField(_("text"))
    body_html = models.TextField(_("HTML"), blank=True)

    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    # A worker holds a message while it talks to the mail server, so that two
    # workers never send the same message; the lease expires if it dies.
    leased_until = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return self.subject
