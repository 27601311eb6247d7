"""The site's icons and web manifest, at the addresses browsers look for.

Each is made from the office's logo (``OfficeLogo``), or the default logo
when none is set, the first time it is asked for, and kept in this process
under the logo's identity: a new logo gets new icons at once, at the same
addresses. Browsers may keep them for an hour, then revalidate (ETag).
"""

import hashlib
import json

from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.http import require_safe

from wagtail.models import Site

from pressroom.rendercache.reuse import KeptValues

from . import icons
from .logo import DEFAULT_LOGO, site_logo

ICON_MAX_AGE = 3600
# The icons of a few logos (a site or two, the logo before and after a
# change), a few hundred KB at most.
kept = KeptValues(64)


def _icon_response(request, content, content_type):
    etag = f'"{hashlib.sha256(content).hexdigest()[:32]}"'
    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = HttpResponse(content, content_type=content_type)
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=ICON_MAX_AGE)
    return response


def _made(request, name, make):
    """The icon ``name`` made by ``make(logo bytes)``, kept per logo."""
    logo = site_logo(request)
    key = (logo.identity, name)
    content = kept.get(key)
    if content is None:
        try:
            content = make(logo.read())
        except ValueError:
            # No PNG: its file was replaced in the image library after the
            # logo form checked it. The default's icon, not an error page.
            content = make(DEFAULT_LOGO.read_bytes())
        kept.put(key, content)
    return content


@require_safe
def favicon(request):
    return _icon_response(
        request, _made(request, "favicon.ico", icons.favicon_ico), "image/x-icon"
    )


@require_safe
def apple_touch_icon(request):
    def make(data):
        return icons.png_icon(data, icons.TOUCH_ICON_SIZE, opaque=True)

    return _icon_response(
        request, _made(request, "apple-touch-icon", make), "image/png"
    )


@require_safe
def app_icon(request, size):
    def make(data):
        return icons.png_icon(data, size)

    return _icon_response(request, _made(request, f"icon-{size}", make), "image/png")


def site_name(request):
    """The site's name as its English title: manifests have one name."""
    site = Site.find_for_request(request)
    if site is None:
        return ""
    return site.site_name or site.root_page.title


@require_safe
def manifest(request):
    """The web manifest: the site's name and its icons."""
    name = site_name(request)
    data = {
        "name": name,
        "short_name": name,
        "start_url": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": "#ffffff",
        "icons": [
            {
                "src": f"/icon-{size}.png",
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any",
            }
            for size in icons.APP_ICON_SIZES
        ],
    }
    content = json.dumps(data, ensure_ascii=False, indent=1).encode()
    return _icon_response(request, content, "application/manifest+json")
