"""The read-only content API for partners: Wagtail's API v2 at /api/v2/.

Two endpoints, ``pages`` and ``images``. Pages are the live, public pages of
the site in English and Serbian; an image is listed only while a live, public
page uses it, so a picture uploaded for an embargoed story stays unseen.

Serbian content is stored in Cyrillic. ``?script=latin`` answers in Latin:
the request is then treated as a ``/sr-latn/`` request, so the Latin
middleware converts the JSON on the way out and page addresses point to the
Latin site, exactly as for a reader. Without it (or with ``script=cyrillic``)
the answer is never converted, whatever the caller's language cookie says.
"""

import json
from functools import cache
from pathlib import Path

from django.apps import apps
from django.http import JsonResponse
from django.utils import translation
from django.views.decorators.http import require_GET

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from pressroom.languages.reading import LATIN_CODE
from pressroom.visibility.rules import visible_images, visible_pages

SCRIPTS = ("cyrillic", "latin")
# Larger offsets overflow the databases' integers (a 500 before this check).
MAX_OFFSET = 1_000_000


class ScriptChoiceMixin:
    """Read ``?script=`` and answer in that script (see the module docstring)."""

    def initial(self, request, *args, **kwargs):
        script = request.GET.get("script", "cyrillic")
        # The middleware converts when the request's language is Latin; a
        # cookie must not decide that for an API answer.
        language = LATIN_CODE if script == "latin" else "sr"
        request._request.LANGUAGE_CODE = language
        translation.activate(language)
        # Django's LocaleMiddleware answers a 404 outside the language
        # prefixes with a redirect to /<language>/…, which Wagtail's page
        # serving would claim. Telling it this request's URLs have no
        # prefixes keeps "no such page" a JSON 404.
        request._request.urlconf = "pressroom.syndication.api_urls"
        super().initial(request, *args, **kwargs)
        # PostgreSQL refuses text with a NUL byte (a 500 in a filter before
        # this check); no parameter of the API may hold one.
        parameters = request.GET.lists()
        if any("\x00" in name + "".join(values) for name, values in parameters):
            raise BadRequestError("query parameters must not contain NUL characters")
        if script not in SCRIPTS:
            raise BadRequestError("script must be one of: cyrillic, latin")
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset must be at most {MAX_OFFSET}")


# Full-text search is /api/search, which understands Serbian in both scripts;
# Wagtail's own ?search= would pass raw text to the admin's search backend.
WITHOUT_SEARCH = {"search", "search_operator"}


def without_search(viewset):
    """A Wagtail API viewset's query parameters (plus ``script``) and filter
    backends, without its ``?search=``."""
    parameters = (viewset.known_query_parameters - WITHOUT_SEARCH) | {"script"}
    backends = [b for b in viewset.filter_backends if b.__name__ != "SearchFilter"]
    return parameters, backends


class PublicPagesAPIViewSet(ScriptChoiceMixin, PagesAPIViewSet):
    """Live pages without any view restriction, whoever asks."""

    known_query_parameters, filter_backends = without_search(PagesAPIViewSet)

    def get_base_queryset(self):
        # Wagtail would show a signed-in editor the pages restricted to them;
        # partners' copies must never depend on who fetched them.
        return visible_pages(super().get_base_queryset())


class PublishedImagesAPIViewSet(ScriptChoiceMixin, ImagesAPIViewSet):
    """Images that a live, public page uses."""

    known_query_parameters, filter_backends = without_search(ImagesAPIViewSet)

    def get_queryset(self):
        return visible_images().order_by("id")


api_router = WagtailAPIRouter("content_api")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublishedImagesAPIViewSet)


@cache
def openapi_description():
    """One OpenAPI document: /api/search (search app) and /api/v2/ (this app)."""
    search_part = Path(apps.get_app_config("search").path) / "openapi.json"
    content_part = Path(__file__).parent / "openapi.json"
    document = json.loads(search_part.read_text("utf-8"))
    content = json.loads(content_part.read_text("utf-8"))
    document["info"] = content["info"]
    document["paths"].update(content["paths"])
    document["components"]["schemas"].update(content["components"]["schemas"])
    document["components"].setdefault("parameters", {}).update(
        content["components"]["parameters"]
    )
    return document


@require_GET
def openapi_document(request):
    """/api/openapi.json: the OpenAPI 3 description of the public APIs."""
    return JsonResponse(openapi_description(), json_dumps_params={"indent": 1})
