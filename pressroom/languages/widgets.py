"""A language chooser whose options read the same on every page.

A language is named in itself ("Српски (ћирилица)", "Srpski (latinica)"),
so its name must not be converted with the page: each option carries its
language's ``lang`` and ``translate="no"``, which the Latin conversion
(pressroom.serbian.script) and browsers' translators leave alone.
"""

from django import forms

from .reading import BY_CODE


class LanguageSelect(forms.Select):
    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value in BY_CODE:
            option["attrs"]["lang"] = BY_CODE[value].html_lang
            option["attrs"]["translate"] = "no"
        return option
