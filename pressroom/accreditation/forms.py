"""The public application form."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from pressroom.inquiries.attachments import check_attachment
from pressroom.inquiries.forms import HONEYPOT_FIELD
from pressroom.inquiries.models import validate_single_line
from pressroom.languages.widgets import LanguageSelect


class AccreditationForm(forms.Form):
    """Who the journalist is, and a picture or PDF of their press card."""

    name = forms.CharField(
        label=_("Your name"), max_length=100, validators=[validate_single_line]
    )
    outlet = forms.CharField(
        label=_("Media outlet"),
        max_length=200,
        validators=[validate_single_line],
        help_text=_("The newspaper, agency, broadcaster or site you work for."),
    )
    role = forms.CharField(
        label=_("Your role"),
        max_length=200,
        validators=[validate_single_line],
        help_text=_("For example reporter, editor, producer."),
    )
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    reading_language = forms.ChoiceField(
        label=_("Language and script of our e-mail"),
        choices=settings.LANGUAGES,
        widget=LanguageSelect,
    )
    press_card = forms.FileField(
        label=_("Press card"),
        help_text=_(
            "A photo or scan of your press card: PDF, JPEG or PNG, at most 10 MB."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": "application/pdf,image/jpeg,image/png"}
        ),
    )
    # Spam protection: a field people never see (as on the inquiry form).
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def clean_press_card(self):
        upload = self.cleaned_data.get("press_card")
        if upload:
            self.press_card_type = check_attachment(upload)
        return upload

    def is_spam(self):
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))
