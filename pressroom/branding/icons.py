"""The icon set made from the office's logo: favicon, touch icon, app icons.

Pure Pillow, no Django: each function takes the logo's bytes (a PNG) and
returns the bytes of one icon. A logo that is not square is centred on a
square of its own width or height, so nothing of it is cut off; the touch
icon gets a white background, since iOS paints transparency black.
"""

import io

from PIL import Image

# The sizes a favicon.ico holds: tabs, taskbars and shortcuts pick from them.
FAVICON_SIZES = (16, 32, 48)
TOUCH_ICON_SIZE = 180  # apple-touch-icon
APP_ICON_SIZES = (192, 512)  # the web manifest's icons
MINIMUM_LOGO_SIZE = 512
WHITE = (255, 255, 255, 255)


def open_logo(data):
    """The logo as an RGBA image; ``ValueError`` when ``data`` is no PNG."""
    try:
        image = Image.open(io.BytesIO(data))
        image_format = image.format
        image.load()
    except (OSError, Image.DecompressionBombError) as error:
        raise ValueError("not an image") from error
    if image_format != "PNG":
        raise ValueError(f"{image_format} is not PNG")
    return image.convert("RGBA")


def squared(logo, size, background=None):
    """``logo`` scaled to fit a ``size`` square and centred on it."""
    side = max(logo.width, logo.height)
    canvas = Image.new("RGBA", (side, side), background or (0, 0, 0, 0))
    canvas.alpha_composite(logo, ((side - logo.width) // 2, (side - logo.height) // 2))
    return canvas.resize((size, size), Image.Resampling.LANCZOS)


def _encoded(image, image_format, **options):
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def png_icon(data, size, *, opaque=False):
    """A ``size``-pixel square PNG of the logo (on white when ``opaque``)."""
    icon = squared(open_logo(data), size, WHITE if opaque else None)
    return _encoded(icon.convert("RGB") if opaque else icon, "PNG", optimize=True)


def favicon_ico(data):
    """A favicon.ico holding the logo at 16, 32 and 48 pixels."""
    icon = squared(open_logo(data), max(FAVICON_SIZES))
    return _encoded(icon, "ICO", sizes=[(size, size) for size in FAVICON_SIZES])
