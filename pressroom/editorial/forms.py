"""The filters of the translation overview."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pressroom.news.models import ArticleKind

SHOW_MISSING = "missing"
SHOW_OUTDATED = "outdated"


class TranslationFilterForm(forms.Form):
    """Kind of article and which translations to show; both optional."""

    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("All kinds")), *ArticleKind.choices],
    )
    show = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[
            ("", _("All articles")),
            (SHOW_MISSING, _("Missing a translation")),
            (SHOW_OUTDATED, _("Translation older than the source")),
        ],
    )
