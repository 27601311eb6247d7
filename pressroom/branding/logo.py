"""Which logo a site shows: the one set in its ``OfficeLogo``, else the default."""

from dataclasses import dataclass
from pathlib import Path

from django.templatetags.static import static

from wagtail.models import Site

from pressroom.rendercache.reuse import reused

from .models import OfficeLogo, logo_bytes

# A neutral mark (512 px), with a 96 px copy for the header.
DEFAULT_LOGO = Path(__file__).parent / "static" / "branding" / "default-logo.png"
DEFAULT_HEADER_LOGO = "branding/default-logo-96.png"
DEFAULT_HEADER_SIZE = 96
# The header shows the logo at most this many pixels high (twice the CSS
# size, for sharp screens), in its own proportions.
HEADER_RENDITION = "max-384x96|format-png"
# The manifest's largest icon: the publisher's logo in structured data.
PUBLISHER_LOGO_PATH = "/icon-512.png"
PUBLISHER_LOGO_SIZE = 512


@dataclass(frozen=True)
class Logo:
    """A site's logo: its identity (changes with the file) and where to read it."""

    image: object  # a Wagtail image, or None for the default

    @property
    def identity(self):
        if self.image is None:
            return ("default",)
        return (self.image.pk, self.image.file.name)

    def read(self):
        """The logo's bytes; the default's when the file cannot be read."""
        if self.image is not None:
            try:
                return logo_bytes(self.image)
            except OSError:
                pass
        return DEFAULT_LOGO.read_bytes()


def site_logo(request):
    """The logo of the request's site, read once per content version."""
    site = Site.find_for_request(request)
    if site is None:
        return Logo(None)

    def read():
        setting = OfficeLogo.objects.filter(site=site).select_related("logo").first()
        return Logo(setting.logo if setting is not None else None)

    return reused(("office logo", site.pk), read)


def site_header_logo(request):
    """(url, width, height) of the request's site's header logo, found once per
    content version: looking its rendition up cost an unseen article about a
    tenth of its render."""
    site = Site.find_for_request(request)
    key = ("header logo", site.pk if site is not None else None)
    return reused(key, lambda: header_logo(site_logo(request)))


def header_logo(logo):
    """(url, width, height) of the logo as the header shows it."""
    if logo.image is not None:
        try:
            rendition = logo.image.get_rendition(HEADER_RENDITION)
        except OSError:
            pass
        else:
            return rendition.url, rendition.width, rendition.height
    return static(DEFAULT_HEADER_LOGO), DEFAULT_HEADER_SIZE, DEFAULT_HEADER_SIZE
