"""Journalists subscribed to press releases, and what has been sent to whom."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token():
    """An unguessable token for the confirmation and unsubscribe links."""
    return secrets.token_urlsafe(32)


class Subscriber(models.Model):
    """An e-mail address that asked for press releases in one reading language.

    Nothing is sent to it until the owner confirms (double opt-in); the same
    token, in every message, lets them unsubscribe, which deletes the row.
    """

    email = models.EmailField(_("e-mail address"), unique=True)
    reading_language = models.CharField(
        _("language and script"), max_length=10, choices=settings.LANGUAGES
    )
    token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(_("subscribed"), auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(
        _("confirmation sent"), null=True, blank=True
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["email"]
        indexes = [models.Index(fields=["reading_language", "confirmed_at"])]

    def __str__(self):
        return self.email


class Announcement(models.Model):
    """A press release page (one language version) that went out to subscribers.

    Created when the page is first published; its existence is what stops a
    re-publication from announcing the page again.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("press release announcement")
        verbose_name_plural = _("press release announcements")

    def __str__(self):
        return str(self.page)


class Delivery(models.Model):
    """A press release sent to one subscriber: at most one per article and person.

    The article is identified by its translation key, so a subscriber who
    changes language never gets the same release twice.
    """

    article_key = models.UUIDField()
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="deliveries"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    email = models.ForeignKey(
        "outbox.OutgoingEmail", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("press release delivery")
        verbose_name_plural = _("press release deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["article_key", "subscriber"],
                name="one_delivery_per_article_and_subscriber",
            )
        ]

    def __str__(self):
        return f"{self.article_key} → {self.subscriber_id}"
