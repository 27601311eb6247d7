"""A spokesperson's vCard, in the reading language of its URL."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from pressroom.serbian.script import serbian_slug
from pressroom.syndication.publication import office_name

from .models import Spokesperson
from .vcards import vcard_text


@require_GET
def spokesperson_vcard(request, pk):
    """``/<language>/spokespeople/<id>.vcf``: the contact card to save.

    Every spokesperson is public (the Contact page lists them all), so the
    card needs no other check than that the spokesperson exists.
    """
    spokesperson = get_object_or_404(
        Spokesperson.objects.select_related("photo"), pk=pk
    )
    response = HttpResponse(
        vcard_text(spokesperson, organisation=office_name(request)),
        content_type="text/vcard; charset=utf-8",
    )
    filename = serbian_slug(spokesperson.name_en) or f"spokesperson-{pk}"
    response["Content-Disposition"] = f'attachment; filename="{filename}.vcf"'
    return response
