"""Media assets for journalists: photo originals.

- ``photo_download``: a picture's original file, as an attachment.

Only what readers may see is offered: a picture while a visible page uses it
(``visibility.rules.visible_images``), so the photos of an embargoed,
restricted or draft story are a 404 like the story itself.
"""

from pathlib import PurePosixPath

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from pressroom.serbian.script import serbian_slug
from pressroom.visibility.rules import visible_images

# Ids beyond this cannot be a row (PostgreSQL's bigint): a 404, not a 500.
MAX_ID = 2**63 - 1


def _object_id(value):
    number = int(value)
    if number > MAX_ID:
        raise Http404
    return number


def photo_filename(image):
    """A plain ASCII name for ``image``'s original: its title, its id, its type."""
    suffix = PurePosixPath(image.file.name).suffix.lower() or ".jpg"
    return f"{serbian_slug(image.title)[:60] or 'photo'}-{image.pk}{suffix}"


@require_safe
@never_cache
def photo_download(request, image_id):
    """The original file of a picture that a visible page uses."""
    image = get_object_or_404(visible_images(), pk=_object_id(image_id))
    try:
        handle = image.file.open("rb")
    except OSError:
        raise Http404 from None
    return FileResponse(handle, as_attachment=True, filename=photo_filename(image))
