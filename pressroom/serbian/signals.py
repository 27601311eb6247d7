"""The register's signal: who depends on the names follows their changes.

``names_changed`` is sent after the commit of any save or delete of a
:class:`~pressroom.serbian.models.Name`, with ``spellings``: every spelling
the name had before and has after. Search re-indexes the pages that hold
any of them; ``serbian`` does not know it.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import Signal

names_changed = Signal()


def _remember_old_spellings(sender, instance, **kwargs):
    old = sender.objects.filter(pk=instance.pk).first() if instance.pk else None
    instance._old_spellings = old.all_spellings if old else []


def _announce(sender, instance, **kwargs):
    spellings = sorted(
        set(getattr(instance, "_old_spellings", [])) | set(instance.all_spellings)
    )
    transaction.on_commit(
        lambda: names_changed.send(sender=sender, spellings=spellings)
    )


def connect():
    from .models import Name

    uid = "pressroom.serbian.names"
    pre_save.connect(_remember_old_spellings, sender=Name, dispatch_uid=f"{uid}.pre")
    post_save.connect(_announce, sender=Name, dispatch_uid=f"{uid}.saved")
    post_delete.connect(_announce, sender=Name, dispatch_uid=f"{uid}.deleted")
