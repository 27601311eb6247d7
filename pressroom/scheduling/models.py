"""The scheduler's memory: when each periodic job last ran, and how it ended."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class JobRun(models.Model):
    """The latest run of one periodic job, so a restart never repeats a daily job."""

    name = models.CharField(_("job"), max_length=200, unique=True)
    first_seen_at = models.DateTimeField(default=timezone.now)
    last_started_at = models.DateTimeField(_("last started"), null=True)
    last_finished_at = models.DateTimeField(_("last finished"), null=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("scheduled job run")
        verbose_name_plural = _("scheduled job runs")

    def __str__(self):
        return self.name
