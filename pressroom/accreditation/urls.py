"""Accreditation and personal embargo links, under each language prefix.

The segments are translated (ASCII Latin in Serbian, docs/glossary.md).
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

urlpatterns = [
    path(_("accreditation/"), views.apply, name="accreditation_apply"),
    path(_("accreditation/received/"), views.received, name="accreditation_received"),
    path(_("embargo/<slug:token>/"), views.embargoed_release, name="embargoed_release"),
]
