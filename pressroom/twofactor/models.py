"""One-time enrolment links: what a first authenticator app is set up with."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EnrolmentLinkQuerySet(models.QuerySet):
    def usable(self):
        """Links not used yet and not expired."""
        return self.filter(used_at__isnull=True, expires_at__gt=timezone.now())


class EnrolmentLink(models.Model):
    """A link that lets its user set up an authenticator app, once.

    Only a hash of the token is stored: the link itself exists only in the
    e-mail or on the screen of the administrator who issued it.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="enrolment_links",
        verbose_name=_("user"),
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    used_at = models.DateTimeField(_("used"), null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("issued by"),
        help_text=_("Empty when the user asked for the link by e-mail."),
    )

    objects = EnrolmentLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment link")
        verbose_name_plural = _("enrolment links")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.user} ({self.created_at:%Y-%m-%d %H:%M})"
