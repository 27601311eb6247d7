"""The site root: send each reader to the reading language they want."""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_safe

from .reading import BY_CODE, choose_from_accept_language


@require_safe
def root_redirect(request):
    """Redirect / by the language cookie, then by Accept-Language."""
    code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "").lower()
    if code not in BY_CODE:
        code = choose_from_accept_language(request.headers.get("Accept-Language"))
    response = HttpResponseRedirect(f"/{code}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@require_safe
def choose_language(request, code):
    """Remember the reader's language choice, then go to the page in that language.

    The switcher links here so that ``/`` later sends the reader straight to
    the language they chose; only paths inside the chosen language are
    accepted as the destination, never another site.
    """
    code = code.lower()
    if code not in BY_CODE:
        raise Http404("Unknown language")
    destination = request.GET.get("next", "")
    if not (
        destination.startswith(f"/{code}/")
        and url_has_allowed_host_and_scheme(destination, allowed_hosts=None)
    ):
        destination = f"/{code}/"
    response = HttpResponseRedirect(destination)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=True,
    )
    return response
