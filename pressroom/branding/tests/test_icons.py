"""The favicon set is made from the office's logo, or a default without one."""

import io
import json

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest
from PIL import Image

from pressroom.branding.models import OfficeLogo
from pressroom.testing import make_image, set_logo

pytestmark = pytest.mark.django_db

ICONS = {
    "/favicon.ico": ("image/x-icon", "ICO", 48),
    "/apple-touch-icon.png": ("image/png", "PNG", 180),
    "/icon-192.png": ("image/png", "PNG", 192),
    "/icon-512.png": ("image/png", "PNG", 512),
}


def picture(response):
    return Image.open(io.BytesIO(response.content))


@pytest.mark.parametrize("url", ICONS)
def test_each_icon_is_served_without_a_logo(client, url):
    set_logo(None)
    response = client.get(url)
    content_type, image_format, size = ICONS[url]
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    icon = picture(response)
    assert icon.format == image_format
    assert icon.size == (size, size)


def test_the_favicon_holds_three_sizes(client):
    icon = picture(client.get("/favicon.ico"))
    assert icon.info["sizes"] == {(16, 16), (32, 32), (48, 48)}


def test_icons_change_with_the_logo_at_the_same_address(client):
    set_logo(None)
    before = client.get("/icon-192.png").content
    set_logo(
        make_image(width=600, height=600, image_format="PNG", colour=(200, 20, 20))
    )
    response = client.get("/icon-192.png")
    assert response.content != before
    # The middle of the icon is the logo's red.
    assert picture(response).convert("RGB").getpixel((96, 96)) == (200, 20, 20)


def test_a_wide_logo_is_centred_whole_on_a_square(client):
    set_logo(
        make_image(width=1024, height=512, image_format="PNG", colour=(200, 20, 20))
    )
    icon = picture(client.get("/icon-512.png")).convert("RGBA")
    assert icon.size == (512, 512)
    assert icon.getpixel((256, 10))[3] == 0  # transparent above the logo
    assert icon.getpixel((256, 256)) == (200, 20, 20, 255)


def test_the_touch_icon_has_no_transparency(client):
    set_logo(
        make_image(width=1024, height=512, image_format="PNG", colour=(200, 20, 20))
    )
    icon = picture(client.get("/apple-touch-icon.png"))
    assert icon.mode == "RGB"
    assert icon.getpixel((90, 5)) == (255, 255, 255)


def test_icons_are_revalidated_by_etag(client):
    first = client.get("/favicon.ico")
    again = client.get("/favicon.ico", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert "max-age" in first["Cache-Control"]


def test_the_manifest_names_the_site_and_its_icons(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"]
    sizes = {icon["sizes"]: icon["src"] for icon in manifest["icons"]}
    assert sizes == {"192x192": "/icon-192.png", "512x512": "/icon-512.png"}
    for src in sizes.values():
        assert client.get(src).status_code == 200


@pytest.mark.parametrize("url", ["/en/", "/sr/", "/sr-latn/"])
def test_every_page_links_the_icons(client, url):
    html = client.get(url).content.decode()
    assert '<link rel="icon" href="/favicon.ico"' in html
    assert '<link rel="apple-touch-icon" href="/apple-touch-icon.png">' in html
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html


def test_the_header_shows_the_logo(client):
    set_logo(None)
    assert 'class="site-logo" src="/static/branding/default-logo-96.png"' in (
        client.get("/en/").content.decode()
    )
    set_logo(make_image(width=1024, height=512, image_format="PNG"))
    # On the next request, on the page shown before as on any other.
    for address in ("/en/", "/sr-latn/"):
        html = client.get(address).content.decode()
        assert 'class="site-logo" src="/media/images/' in html
        assert 'width="192" height="96"' in html


@pytest.mark.parametrize(
    ("width", "height", "image_format", "message"),
    [
        (511, 800, "PNG", "at least 512 pixels"),
        (800, 800, "JPEG", "must be a PNG"),
        (800, 800, "GIF", "must be a PNG"),
    ],
)
def test_only_a_large_enough_png_is_accepted(width, height, image_format, message):
    setting = OfficeLogo(
        site_id=1,
        logo=make_image(width=width, height=height, image_format=image_format),
    )
    with translation.override("en"), pytest.raises(ValidationError, match=message):
        setting.clean()


def test_the_admin_form_says_why_a_logo_is_refused(admin_client):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    before = OfficeLogo.for_site(site).logo
    small = make_image(width=100, height=100, image_format="PNG")
    url = f"/admin/settings/branding/officelogo/{site.pk}/"
    response = admin_client.post(url, {"logo": small.pk})
    assert response.status_code == 200
    assert "at least 512 pixels" in response.content.decode()
    assert OfficeLogo.for_site(site).logo == before
    large = make_image(width=512, height=512, image_format="PNG")
    response = admin_client.post(url, {"logo": large.pk})
    assert response.status_code == 302
    assert OfficeLogo.for_site(site).logo == large


def test_a_logo_whose_file_is_no_longer_a_png_gives_the_default_icons(client):
    """As when its file is replaced by a JPEG in the image library, after the
    logo form checked it: the default's icons, never an error page."""
    default = client.get("/icon-192.png").content
    set_logo(make_image(width=600, height=600, image_format="JPEG"))

    for path in ("/icon-192.png", "/apple-touch-icon.png", "/favicon.ico"):
        assert client.get(path).status_code == 200
    assert client.get("/icon-192.png").content == default
