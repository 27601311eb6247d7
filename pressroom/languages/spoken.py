"""Languages people speak (a spokesperson, a media event), as editors tick them.

Not the reading languages (``reading.py``): these are what a journalist can
ask questions in. Stored as ISO 639-1 codes in a JSON list; shown by name in
the active language.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

SPOKEN_LANGUAGES = (
    ("sr", _("Serbian")),
    ("en", _("English")),
    ("fr", _("French")),
    ("de", _("German")),
    ("it", _("Italian")),
    ("es", _("Spanish")),
    ("ru", _("Russian")),
)
SPOKEN_LANGUAGE_NAMES = dict(SPOKEN_LANGUAGES)


def spoken_language_names(codes):
    """The names of ``codes`` in the active language, in the list's order;
    codes no longer offered are left out."""
    return [str(name) for code, name in SPOKEN_LANGUAGES if code in set(codes or ())]


class SpokenLanguagesField(forms.TypedMultipleChoiceField):
    """Tick boxes of the spoken languages, for a model's JSON list of codes."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("languages"))
        super().__init__(
            choices=SPOKEN_LANGUAGES,
            widget=forms.CheckboxSelectMultiple,
            required=False,
            **kwargs,
        )
