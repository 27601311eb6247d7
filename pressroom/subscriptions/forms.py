"""The public subscription form."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class SubscriptionForm(forms.Form):
    """An e-mail address and the language and script press releases come in."""

    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    reading_language = forms.ChoiceField(
        label=_("Language and script"),
        # Each language is named in itself, as in the language switcher.
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
    )
