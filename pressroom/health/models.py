"""When the background processes last showed they were alive."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Heartbeat(models.Model):
    """The last sign of life of one background process (``heartbeat.py``)."""

    service = models.CharField(_("service"), max_length=50, unique=True)
    beat_at = models.DateTimeField(_("last heartbeat"), null=True)
    # The worker's heartbeat is a task: when the scheduler last enqueued it.
    requested_at = models.DateTimeField(_("last requested"), null=True)

    class Meta:
        verbose_name = _("heartbeat")
        verbose_name_plural = _("heartbeats")

    def __str__(self):
        return self.service
