"""The reader search page (one per reading language) and the JSON endpoint."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from pressroom.home.views import site_for_request
from pressroom.languages.reading import BY_CODE, reading_language
from pressroom.ratelimits.limits import allow_request, retry_after
from pressroom.sitesetup.address import site_address

from .models import SearchEntry
from .query import (
    KIND_LABELS,
    MAX_QUERY_LENGTH,
    InvalidSearch,
    SearchRequest,
    search,
)


def allow_search(request, *, scope="search"):
    """Count one search for the client; False once it is over the limit.

    The search page and the API count apart (``scope``): a reader whose
    script polls the API is not locked out of the page, nor the other way.
    """
    return allow_request(
        request, scope=scope, limit=settings.SEARCH_RATE_LIMIT_PER_MINUTE
    )


def too_many_searches_message():
    return _(
        "You have searched a lot in the last minute. "
        "Please wait a minute and try again."
    )


@require_GET
def search_page(request):
    """/<language>/search/?q=…: the form, and the results when there is a query."""
    language = reading_language(translation.get_language()).code
    # The header's links and menu ask for the request's site: found once per
    # content version, not by a query on every search.
    site_for_request(request)
    context = {
        "query": request.GET.get("q", "")[:MAX_QUERY_LENGTH],
        "kinds": list(KIND_LABELS.items()),
    }
    status = 200
    try:
        wanted = SearchRequest.from_params(request.GET, language)
    except InvalidSearch as error:
        context["error"], status = str(error), 400
        wanted = None
    if wanted is not None:
        context["search"] = wanted
        context["years"] = [
            day.year
            for day in SearchEntry.objects.filter(
                language=wanted.content_language
            ).dates("date", "year", order="DESC")
        ]
        if wanted.terms and not allow_search(request, scope="search-page"):
            context["error"], status = too_many_searches_message(), 429
        elif wanted.terms:
            context["results"] = found = search(wanted)
            if found.suggestion:
                context["suggestion"] = _did_you_mean(request, found.suggestion)
    response = render(request, "search/search_page.html", context, status=status)
    if status == 429:
        response["Retry-After"] = str(retry_after())
    return response


# No cookie or session is read and nothing changes: CSRF protection has
# nothing to protect, and without it a POST gets this view's JSON 405, not
# Django's HTML 403 page.
@csrf_exempt
def search_api(request):
    """/api/search?q=&lang=&kind=&year=&page=: results as JSON (see docs/search.md)."""
    language = request.GET.get("lang", "en")
    code = language if language in BY_CODE else "en"
    # The answer is in the requested language, not the one of the reader's
    # cookie: tell the Latin middleware so, as the URL has no prefix.
    request.LANGUAGE_CODE = code
    with translation.override(code):
        if request.method not in ("GET", "HEAD"):
            response = _error(_("Only GET is allowed here."), 405, code)
            response["Allow"] = "GET, HEAD"
            return response
        try:
            _strict_params(request.GET)
            wanted = SearchRequest.from_params(request.GET, language)
        except InvalidSearch as error:
            return _error(str(error), 400, code)
        # An empty q is refused, as the OpenAPI document says; any other q
        # is answered, with nothing found when it has no word to look for
        # (only punctuation or stop words).
        if not request.GET.get("q"):
            return _error(_("Enter a word to search for."), 400, code)
        if not allow_search(request, scope="search-api"):
            response = _error(too_many_searches_message(), 429, code)
            response["Retry-After"] = str(retry_after())
            return response
        found = search(wanted)
    return JsonResponse(
        {
            "query": wanted.text,
            "total": found.total,
            "total_is_lower_bound": found.total_is_lower_bound,
            "partial": found.partial,
            "suggestion": found.suggestion,
            "page": wanted.page,
            "results": [
                {
                    "title": result.title,
                    # On the site's address, whatever host was asked.
                    "url": site_address(result.url, request),
                    "date": result.date.isoformat(),
                    "kind": result.kind,
                    "language": result.language,
                    "snippet": result.snippet,
                }
                for result in found.results
            ],
        },
        json_dumps_params={"ensure_ascii": False},
        headers={"Content-Language": reading_language(code).html_lang},
    )


def _strict_params(params):
    """Refuse what the OpenAPI document refuses and the search page's form
    lets through: an empty kind (the form's "all"), a year or page that is
    empty or not plain digits."""
    if params.get("kind") == "":
        raise InvalidSearch(_("Unknown kind of content."))
    for name, message in (
        ("year", _("The year is not valid.")),
        ("page", _("The page is not valid.")),
    ):
        value = params.get(name)
        if value is not None and not (value.isascii() and value.isdigit()):
            raise InvalidSearch(message)


def _did_you_mean(request, suggestion):
    """ "Did you mean <a>…</a>?": the link keeps the filters, from page one."""
    params = request.GET.copy()
    params["q"] = suggestion
    params.pop("page", None)
    link = format_html('<a href="?{}">{}</a>', params.urlencode(), suggestion)
    message = conditional_escape(_("Did you mean %(suggestion)s?"))
    return mark_safe(message % {"suggestion": link})  # noqa: S308 (escaped above)


def _error(message, status, code):
    return JsonResponse(
        {"error": message},
        status=status,
        json_dumps_params={"ensure_ascii": False},
        headers={"Content-Language": reading_language(code).html_lang},
    )
