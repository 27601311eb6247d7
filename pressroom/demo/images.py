"""Draw the demo pictures locally with Pillow, so the demo downloads nothing.

Each picture is a simple flat illustration chosen by a motif name; it only has
to look like a plausible press photo placeholder at listing and article sizes.
"""

import io
import math
import random

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1600, 900


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def _mix(first, second, share):
    return tuple(round(a + (b - a) * share) for a, b in zip(first, second, strict=True))


def _landscape(draw, rng, background, accent):
    for band in range(6):
        top = HEIGHT // 2 + band * 60
        colour = _mix(accent, background, band / 6)
        points = [(0, HEIGHT)]
        for x in range(0, WIDTH + 200, 200):
            points.append((x, top + rng.randint(-60, 60)))
        points.append((WIDTH, HEIGHT))
        draw.polygon(points, fill=colour)
    draw.ellipse((1200, 120, 1380, 300), fill=_mix(accent, (255, 255, 255), 0.6))


def _flags(draw, rng, background, accent):
    for index in range(5):
        x = 200 + index * 270
        draw.rectangle((x, 200, x + 12, 800), fill=(230, 230, 230))
        colour = _mix(accent, (rng.randint(0, 255),) * 3, rng.random() * 0.5)
        draw.rectangle((x + 12, 200, x + 212, 330), fill=colour)


def _podium(draw, rng, background, accent):
    draw.rectangle((0, 650, WIDTH, HEIGHT), fill=_mix(background, (0, 0, 0), 0.3))
    draw.polygon([(650, 420), (950, 420), (1000, 900), (600, 900)], fill=accent)
    draw.ellipse((740, 200, 860, 320), fill=(230, 200, 170))
    draw.rectangle((710, 320, 890, 520), fill=_mix(accent, (0, 0, 0), 0.5))


def _handshake(draw, rng, background, accent):
    draw.rounded_rectangle((300, 380, 820, 520), radius=60, fill=accent)
    draw.rounded_rectangle(
        (780, 380, 1300, 520), radius=60, fill=_mix(accent, (0, 0, 0), 0.35)
    )
    draw.ellipse((700, 360, 900, 540), fill=(230, 200, 170))


def _convoy(draw, rng, background, accent):
    draw.rectangle((0, 640, WIDTH, HEIGHT), fill=(90, 90, 80))
    for index in range(4):
        x = 80 + index * 390
        draw.rectangle((x, 480, x + 300, 620), fill=accent)
        draw.rectangle((x + 200, 420, x + 300, 480), fill=accent)
        for wheel in (x + 40, x + 230):
            draw.ellipse((wheel, 590, wheel + 60, 650), fill=(30, 30, 30))


def _city(draw, rng, background, accent):
    x = 0
    while x < WIDTH:
        width = rng.randint(80, 200)
        height = rng.randint(200, 600)
        draw.rectangle(
            (x, HEIGHT - height, x + width, HEIGHT),
            fill=_mix(accent, background, rng.random() * 0.5),
        )
        x += width + 10


def _medal(draw, rng, background, accent):
    draw.polygon(
        [(700, 100), (900, 100), (860, 400), (740, 400)],
        fill=_mix(accent, (0, 0, 0), 0.3),
    )
    draw.ellipse((600, 350, 1000, 750), fill=(212, 175, 55))
    draw.ellipse((680, 430, 920, 670), fill=accent)


def _map(draw, rng, background, accent):
    for _ in range(40):
        x, y = rng.randint(0, WIDTH), rng.randint(0, HEIGHT)
        draw.ellipse(
            (x, y, x + rng.randint(60, 260), y + rng.randint(40, 180)),
            fill=_mix(accent, background, rng.random()),
        )
    draw.ellipse((760, 400, 800, 440), fill=(200, 30, 30))


MOTIFS = {
    "landscape": _landscape,
    "flags": _flags,
    "podium": _podium,
    "handshake": _handshake,
    "convoy": _convoy,
    "city": _city,
    "medal": _medal,
    "map": _map,
}


def draw_picture(key, colours, motif):
    """Return JPEG bytes of a 1600×900 picture; the same key draws the same one."""
    rng = random.Random(key)  # deterministic per picture, not for security
    background, accent = (_rgb(colour) for colour in colours)
    picture = Image.new("RGB", (WIDTH, HEIGHT), background)
    draw = ImageDraw.Draw(picture)
    MOTIFS.get(motif, _map)(draw, rng, background, accent)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()


def draw_logo(size=512):
    """The demo office's logo: a shield with a star, on transparency (PNG)."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    scale = size / 512
    navy, gold = (24, 54, 99, 255), (212, 175, 55, 255)

    def points(*coordinates):
        return [(x * scale, y * scale) for x, y in coordinates]

    shield = points((56, 40), (456, 40), (456, 260), (256, 480), (56, 260))
    draw.polygon(shield, fill=navy)
    inner = points((88, 72), (424, 72), (424, 250), (256, 436), (88, 250))
    draw.polygon(inner, outline=gold, width=round(10 * scale))
    # A five-pointed star in the middle.
    centre_x, centre_y, outer, inner_radius = 256, 230, 120, 48
    star = []
    for index in range(10):
        radius = outer if index % 2 == 0 else inner_radius
        angle = math.pi / 2 + index * math.pi / 5
        star.append(
            (centre_x + radius * math.cos(angle), centre_y - radius * math.sin(angle))
        )
    draw.polygon(points(*star), fill=gold)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
