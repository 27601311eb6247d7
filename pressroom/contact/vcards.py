"""A spokesperson as a vCard 3.0 (RFC 2426), written with vobject.

The card carries the texts of the active reading language; for Serbian Latin
they are converted from the Cyrillic here, as the e-mails and search results
are: the Latin middleware converts markup and JSON, not vCards.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

import vobject

from pressroom.languages.reading import LATIN_CODE
from pressroom.serbian.script import to_latin

PHOTO_FILTER = "fill-240x240|format-jpeg|jpegquality-80"


def vcard_text(spokesperson, *, organisation):
    """The vCard of ``spokesperson`` in the active reading language, as text."""
    latin = get_language() == LATIN_CODE

    def text(value):
        return to_latin(value) if latin else value

    card = vobject.vCard()
    name = text(spokesperson.name)
    card.add("fn").value = name
    given, _space, family = name.rpartition(" ")
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    card.add("title").value = text(spokesperson.role)
    if organisation:
        card.add("org").value = [text(organisation)]
    if spokesperson.phone:
        phone = card.add("tel")
        phone.value = spokesperson.phone
        phone.type_param = ["WORK", "VOICE"]
    if spokesperson.email:
        email = card.add("email")
        email.value = spokesperson.email
        email.type_param = ["INTERNET", "WORK"]
    if spokesperson.languages:
        languages = ", ".join(spokesperson.language_names)
        card.add("note").value = text(_("Languages: %s") % languages)
    photo = photo_bytes(spokesperson)
    if photo:
        field = card.add("photo")
        field.value = photo
        field.encoding_param = "b"
        field.type_param = "JPEG"
    return card.serialize()


def photo_bytes(spokesperson):
    """A small JPEG of the spokesperson's photo, or None."""
    if spokesperson.photo is None:
        return None
    rendition = spokesperson.photo.get_rendition(PHOTO_FILTER)
    try:
        with rendition.file.open("rb") as photo:
            return photo.read()
    except OSError:  # the file is gone: the card goes without a photo
        return None
