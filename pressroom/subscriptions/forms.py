"""The public subscription form."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from pressroom.languages.reading import reading_language


class SubscriptionForm(forms.Form):
    """An e-mail address and the language and script press releases come in."""

    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    reading_language = forms.ChoiceField(
        label=_("Language and script"),
        # Each language is named in itself, as in the language switcher.
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
    )

    def language_options(self):
        """Each language choice with its BCP 47 tag, for ``lang`` on its label."""
        return [
            (choice, reading_language(choice.data["value"]).html_lang)
            for choice in self["reading_language"]
        ]
