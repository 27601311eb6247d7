"""The names register: people and places and their spellings, kept by editors.

The rules live in :mod:`pressroom.serbian.names`; this is the admin's model.
Saving or deleting a name sends :data:`pressroom.serbian.signals.names_changed`
with the spellings before and after, so that whoever depends on the register
(search) follows without ``serbian`` knowing about it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .names import spellings_of


class Name(index.Indexed, models.Model):
    """A name, such as "Тод Д. Волтерс", and its other spellings."""

    cyrillic = models.CharField(
        _("Cyrillic form"),
        max_length=200,
        blank=True,
        help_text=_(
            "How Serbian pages write the name, e.g. Тод Д. Волтерс. Leave "
            "empty for a name Serbian pages keep in Latin."
        ),
    )
    spellings = models.TextField(
        _("other spellings"),
        help_text=_(
            "One a line: Latin and other spellings, e.g. Tod D. Wolters. "
            "Converting Latin text writes these as the Cyrillic form; search "
            "finds every spelling for any of them."
        ),
    )

    panels = [FieldPanel("cyrillic"), FieldPanel("spellings")]
    search_fields = [
        index.SearchField("cyrillic"),
        index.SearchField("spellings"),
        index.AutocompleteField("cyrillic"),
    ]

    class Meta:
        verbose_name = _("registered name")
        verbose_name_plural = _("names register")
        ordering = ["cyrillic", "spellings"]

    def __str__(self):
        return self.cyrillic or self.spellings.strip().splitlines()[0]

    @property
    def all_spellings(self):
        return spellings_of(self.cyrillic, self.spellings)

    @property
    def latin_spellings(self):
        """The spellings other than the Cyrillic form."""
        return [s for s in self.all_spellings if s != self.cyrillic.strip()]


def names_for_conversion():
    """Latin spelling → Cyrillic form, for converting Latin text."""
    return {
        spelling: name.cyrillic.strip()
        for name in Name.objects.exclude(cyrillic="")
        for spelling in name.latin_spellings
    }


def words_to_keep_in_latin():
    """The names without a Cyrillic form: Serbian pages keep them in Latin."""
    return [
        spelling
        for name in Name.objects.filter(cyrillic="")
        for spelling in name.latin_spellings
    ]


def all_name_spellings():
    """Every name's spellings, one list a name (for search)."""
    return [name.all_spellings for name in Name.objects.all()]
