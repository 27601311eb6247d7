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
from django.http import Http404, HttpResponsePermanentRedirect, JsonResponse
from django.urls import NoReverseMatch, is_valid_path
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt

from wagtail.api.v2 import filters
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import (
    DetailUrlField,
    PageAliasOfField,
    PageHtmlUrlField,
    PageParentField,
    PageSerializer,
    get_serializer_class,
)
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from rest_framework.fields import SkipField
from rest_framework.filters import BaseFilterBackend

from pressroom.languages.reading import CONTENT_LOCALES, LATIN_CODE, reading_language
from pressroom.sitesetup.address import site_address
from pressroom.visibility.rules import visible_images, visible_pages

from .conditional import validated_by_content_version

SCRIPTS = ("cyrillic", "latin")
# Larger offsets overflow the databases' integers (a 500 before this check).
MAX_OFFSET = 1_000_000
# Page ids are 32-bit integers: no larger id names a page.
MAX_ID = 2**31 - 1
# The URL configuration of the API's answers (see ``ScriptChoiceMixin``).
API_URLCONF = "pressroom.syndication.api_urls"


class ScriptChoiceMixin:
    """Read ``?script=`` and answer in that script (see the module docstring).

    Answers carry the content version's validators (``conditional``).
    """

    def dispatch(self, request, *args, **kwargs):
        dispatch = validated_by_content_version(super().dispatch)
        return dispatch(request, *args, **kwargs)

    def get_object(self):
        """The detail's object, noted for ``content_languages``."""
        self.found_object = super().get_object()
        return self.found_object

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        # The languages of the content, whatever Accept-Language said; the
        # Latin middleware makes sr-Cyrl sr-Latn for script=latin.
        response["Content-Language"] = ", ".join(
            reading_language(code).html_lang
            for code in self.content_languages(response)
        )
        return response

    def content_languages(self, response):
        """Content locales of the answer: the page's, the ``locale`` asked
        for, or all of them; English for an error's message."""
        if response.status_code != 200:
            return ["en"]
        found = getattr(self, "found_object", None)  # a detail's page
        if isinstance(found, Page):
            return [found.locale.language_code]
        if self.request.GET.get("locale") in CONTENT_LOCALES:
            return [self.request.GET["locale"]]
        return CONTENT_LOCALES

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
        request._request.urlconf = API_URLCONF
        super().initial(request, *args, **kwargs)
        # PostgreSQL refuses text with a NUL byte (a 500 in a filter before
        # this check); no parameter of the API may hold one.
        parameters = request.GET.lists()
        if any("\x00" in name + "".join(values) for name, values in parameters):
            raise BadRequestError("query parameters must not contain NUL characters")
        if script not in SCRIPTS:
            raise BadRequestError("script must be one of: cyrillic, latin")
        if request.GET.get("type") == "":  # Wagtail would list every type
            raise BadRequestError("type must name a page type, e.g. news.ArticlePage")
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset must be at most {MAX_OFFSET}")


class SiteAddressDetailUrlField(DetailUrlField):
    """An object's ``detail_url`` in the API, on the site's address.

    Wagtail would build it from WAGTAILAPI_BASE_URL or the host of the Site
    record, which a demo or an old database may hold as ``localhost``.
    """

    def get_attribute(self, instance):
        path = self.context["router"].get_object_detail_urlpath(
            type(instance), instance.pk
        )
        if not path:  # no endpoint for it: no field, as Wagtail does
            raise SkipField
        return site_address(path, self.context["request"])


class SiteAddressHtmlUrlField(PageHtmlUrlField):
    """A page's ``html_url`` on the site's address, in the script asked for."""

    def to_representation(self, page):
        request = self.context["request"]
        try:
            url = page.get_url(request)
        except NoReverseMatch:
            return None
        return None if url is None else site_address(url, request)


class NestedPageField:
    """A page named in another (``parent``, ``alias_of``), links as above."""

    def to_representation(self, value):
        serializer_class = get_serializer_class(
            value.__class__,
            ["id", "type", "detail_url", "html_url", "title"],
            meta_fields=["type", "detail_url", "html_url"],
            base=PublicPageSerializer,
        )
        return serializer_class(context=self.context).to_representation(value)


class ParentField(NestedPageField, PageParentField):
    pass


class AliasOfField(NestedPageField, PageAliasOfField):
    pass


class PublicPageSerializer(PageSerializer):
    detail_url = SiteAddressDetailUrlField(read_only=True)
    html_url = SiteAddressHtmlUrlField(read_only=True)
    parent = ParentField(read_only=True)
    alias_of = AliasOfField(read_only=True)


class PublicImageSerializer(ImageSerializer):
    detail_url = SiteAddressDetailUrlField(read_only=True)


class RelatedPageFilter(BaseFilterBackend):
    """``child_of``, ``descendant_of``, ``ancestor_of`` and ``translation_of``.

    Each names a live, public page by id (or ``root``, the site's home) and
    they may be combined. An id no live, public page has is a 404, as for
    the page itself; a value that is no id is a 400.
    """

    RELATIONS = ("child_of", "descendant_of", "ancestor_of", "translation_of")

    def filter_queryset(self, request, queryset, view):
        for relation in self.RELATIONS:
            if relation in request.GET:
                page = self.named_page(relation, request.GET[relation], view)
                queryset = getattr(queryset, relation)(page)
        return queryset

    @staticmethod
    def named_page(relation, value, view):
        if value == "root":
            return view.get_root_page()
        if not (value.isascii() and value.isdigit()):
            raise BadRequestError(f"{relation} must be a page id")
        page = None
        if 0 < int(value) <= MAX_ID:
            page = view.get_base_queryset().filter(pk=int(value)).first()
        if page is None:
            raise Http404(f"{relation}: no live, public page has the id {value}")
        return page


class ContentLocaleFilter(BaseFilterBackend):
    """``locale``: pages written in that language (en or sr); others are a 400."""

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        code = request.GET["locale"]
        if code not in CONTENT_LOCALES:
            known = ", ".join(CONTENT_LOCALES)
            raise BadRequestError(f"locale must be one of: {known}")
        return queryset.filter(locale__language_code=code)


class OrderingFilter(filters.OrderingFilter):
    """Wagtail's ``order``; ``random`` with an ``offset`` skips random pages
    instead of being refused (every documented combination is answered)."""

    def filter_queryset(self, request, queryset, view):
        if request.GET.get("order") == "random":
            return queryset.order_by("?")
        return super().filter_queryset(request, queryset, view)


# Full-text search is /api/search, which understands Serbian in both scripts;
# Wagtail's own ?search= would pass raw text to the admin's search backend.
WITHOUT_SEARCH = {"search", "search_operator"}


def query_parameters(viewset):
    """A Wagtail API viewset's query parameters, with ``script`` and without
    its ``?search=``."""
    return (viewset.known_query_parameters - WITHOUT_SEARCH) | {"script"}


class PublicPagesAPIViewSet(ScriptChoiceMixin, PagesAPIViewSet):
    """Live pages without any view restriction, whoever asks."""

    base_serializer_class = PublicPageSerializer
    known_query_parameters = query_parameters(PagesAPIViewSet)
    filter_backends = [
        filters.FieldsFilter,
        RelatedPageFilter,
        ContentLocaleFilter,
        OrderingFilter,
    ]

    def get_base_queryset(self):
        # Wagtail would show a signed-in editor the pages restricted to them;
        # partners' copies must never depend on who fetched them.
        return visible_pages(super().get_base_queryset())


class PublishedImagesAPIViewSet(ScriptChoiceMixin, ImagesAPIViewSet):
    """Images that a live, public page uses."""

    base_serializer_class = PublicImageSerializer
    known_query_parameters = query_parameters(ImagesAPIViewSet)
    filter_backends = [filters.FieldsFilter, OrderingFilter]

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


def api_error(message, status, **headers):
    """A JSON error as the content API answers them: ``{"message": …}``."""
    return JsonResponse({"message": message}, status=status, headers=headers)


# The public APIs read no cookie and change nothing: CSRF protection has
# nothing to protect, and without it a POST gets a JSON 405 (or 404), not
# Django's HTML 403 page.
@csrf_exempt
def openapi_document(request):
    """/api/openapi.json: the OpenAPI 3 description of the public APIs."""
    if request.method not in ("GET", "HEAD"):
        return api_error("Only GET is allowed here.", 405, Allow="GET, HEAD")
    return JsonResponse(openapi_description(), json_dumps_params={"indent": 1})


@csrf_exempt
def api_not_found(request, path=""):
    """Any other address under /api/: a JSON 404, never the site's HTML one.

    Without a trailing slash, an address of the content API redirects to
    the one with it, as Django's APPEND_SLASH would.
    """
    # The language middleware would redirect a 404 outside the language
    # prefixes to /<language>/api/…, which Wagtail's page serving claims.
    request.urlconf = API_URLCONF
    if not request.path.endswith("/") and is_valid_path(
        f"{request.path_info}/", API_URLCONF
    ):
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(
            f"{request.path}/" + (f"?{query}" if query else "")
        )
    return api_error("Not found: no such address in the API.", 404)
