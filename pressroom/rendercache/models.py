"""The content version: one row, advanced by every change readers could see."""

from django.db import models


class ContentVersion(models.Model):
    """A number that every change to what readers may see advances.

    It lives in the database, in the same transaction as the change, so every
    process (the web server, the scheduler, a management command, a shell)
    sees a change and the new number together, with no cache in between.
    """

    number = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return str(self.number)
