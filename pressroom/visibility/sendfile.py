"""Documents handed to nginx once Wagtail has let the reader have them.

Wagtail's document view (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``) checks
the collection's view restrictions, then sends the file through the module
named by ``SENDFILE_BACKEND``. This one sends no bytes: it answers with
``X-Accel-Redirect`` to nginx's ``internal`` location (``DOCUMENTS_ACCEL_URL``,
deploy/nginx.conf.template), which serves the file. No public URL serves the
documents folder, so a restricted document is reached only through the check.
Without the setting (development, no nginx) Wagtail streams the file itself.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import Http404, HttpResponse

DOCUMENTS_FOLDER = "documents"  # Wagtail's upload_to for documents


def sendfile(request, filename, **kwargs):
    """A response nginx replaces with the document at ``filename``."""
    folder = (Path(settings.MEDIA_ROOT) / DOCUMENTS_FOLDER).resolve()
    try:
        relative = Path(filename).resolve().relative_to(folder)
    except ValueError:
        raise Http404("Not a document.") from None
    response = HttpResponse()
    response["X-Accel-Redirect"] = settings.DOCUMENTS_ACCEL_URL + quote(
        relative.as_posix()
    )
    return response


ORIGINALS_FOLDER = "original_images"  # Wagtail's upload_to for images


def original_image_response(image, *, filename=None, as_attachment=True):
    """The original file of ``image``, for a view that has already asked the
    visibility rule (``rules``) that readers may have it.

    nginx refuses ``/media/original_images/`` (deploy/nginx.conf.template),
    so an embargoed release's photos have no public URL. Behind nginx this
    answers with ``X-Accel-Redirect`` to its internal location
    (``ORIGINAL_IMAGES_ACCEL_URL``); without it (development) the file is
    streamed from here.
    """
    from django.http import FileResponse
    from django.utils.http import content_disposition_header

    folder = (Path(settings.MEDIA_ROOT) / ORIGINALS_FOLDER).resolve()
    try:
        relative = Path(image.file.path).resolve().relative_to(folder)
    except (ValueError, NotImplementedError):
        raise Http404("Not an original image.") from None
    filename = filename or relative.name
    if settings.ORIGINAL_IMAGES_ACCEL_URL:
        response = HttpResponse(content_type="")
        response["X-Accel-Redirect"] = settings.ORIGINAL_IMAGES_ACCEL_URL + quote(
            relative.as_posix()
        )
        response["Content-Disposition"] = content_disposition_header(
            as_attachment, filename
        )
        return response
    try:
        handle = image.file.open("rb")
    except OSError:
        raise Http404("The file is missing.") from None
    response = FileResponse(handle, as_attachment=as_attachment, filename=filename)
    response["X-Content-Type-Options"] = "nosniff"
    return response
