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
