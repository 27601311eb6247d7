"""Accredited journalists, and the personal links to embargoed press releases.

A journalist applies on the public form; the media desk approves or declines.
An accreditation is valid until its ``valid_until`` day (Belgrade); while it
is valid, each press release approved under an embargo reaches the
journalist as a personal link (:class:`EmbargoLink`) whose every opening is
recorded (:class:`LinkOpening`). Personal data is deleted a set time after
the accreditation expires or is declined (``erase_old_accreditations``).
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pressroom.inquiries.models import validate_single_line
from pressroom.inquiries.storage import EXTENSIONS, private_attachment_storage


def new_token():
    """An unguessable token for a journalist's personal link."""
    return secrets.token_urlsafe(32)


def press_card_name(instance, filename):
    """A random name in the private folder; the sender's file name is not kept."""
    extension = EXTENSIONS.get(instance.press_card_type, "bin")
    return f"press-cards/{secrets.token_hex(16)}.{extension}"


class AccreditationQuerySet(models.QuerySet):
    def valid(self, today=None):
        """Approved accreditations whose last day has not passed."""
        today = today or timezone.localdate()
        return self.filter(status=Accreditation.Status.APPROVED, valid_until__gte=today)

    def of_email(self, email):
        return self.filter(email__iexact=(email or "").strip())


class Accreditation(models.Model):
    """A journalist's application and, once approved, their accreditation."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a decision")
        APPROVED = "approved", _("Accredited")
        DECLINED = "declined", _("Declined")

    name = models.CharField(
        _("name"), max_length=100, validators=[validate_single_line]
    )
    outlet = models.CharField(
        _("media outlet"), max_length=200, validators=[validate_single_line]
    )
    role = models.CharField(
        _("role"), max_length=200, validators=[validate_single_line]
    )
    email = models.EmailField(_("e-mail address"), max_length=254)
    reading_language = models.CharField(
        _("language and script"), max_length=10, choices=settings.LANGUAGES
    )
    press_card = models.FileField(
        _("press card"),
        storage=private_attachment_storage,
        upload_to=press_card_name,
        max_length=200,
    )
    press_card_type = models.CharField(max_length=40)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    applied_at = models.DateTimeField(_("applied"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    objects = AccreditationQuerySet.as_manager()

    class Meta:
        verbose_name = _("accreditation")
        verbose_name_plural = _("accreditations")
        ordering = ["-applied_at"]
        indexes = [models.Index(fields=["status", "valid_until"])]

    def __str__(self):
        return f"{self.name} ({self.outlet})"

    @property
    def is_valid(self):
        return (
            self.status == self.Status.APPROVED
            and self.valid_until is not None
            and self.valid_until >= timezone.localdate()
        )


class EmbargoLink(models.Model):
    """One journalist's personal link to one embargoed press release (a page)."""

    accreditation = models.ForeignKey(
        Accreditation,
        verbose_name=_("accreditation"),
        on_delete=models.CASCADE,
        related_name="links",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("press release"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.ForeignKey(
        "outbox.OutgoingEmail", null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("embargo link")
        verbose_name_plural = _("embargo links")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["accreditation", "page"],
                name="one_link_per_journalist_and_page",
            )
        ]

    def __str__(self):
        return f"{self.page_id} → {self.accreditation_id}"


class LinkOpening(models.Model):
    """One request for a personal link: when, from which address, with what."""

    link = models.ForeignKey(
        EmbargoLink, on_delete=models.CASCADE, related_name="openings"
    )
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    ip_address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=500, blank=True)
    after_embargo = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("link opening")
        verbose_name_plural = _("link openings")
        ordering = ["-opened_at"]

    def __str__(self):
        return f"{self.link_id} at {self.opened_at:%Y-%m-%d %H:%M}"
