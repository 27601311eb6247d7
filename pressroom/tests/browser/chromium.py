"""Debian's Chromium driven by Playwright: how it is launched, sized and pictured.

Only the system's Chromium (the Debian package ``chromium``) is used; Playwright
never downloads a browser here. Without the background-networking switches
Chromium keeps trying to reach Google's services, which a closed network
answers with a flood of failures.
"""

from pathlib import Path

from .server import BASE_DIR

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORTS = {
    "phone": {"width": 390, "height": 844},
    "desktop": {"width": 1280, "height": 900},
}
ARTIFACTS_DIR = BASE_DIR / "test-artifacts"


def launch(playwright):
    """Launch Debian's Chromium, headless."""
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True
    )


def new_context(browser, base_url):
    """A fresh reader: desktop width, British English, no cookies."""
    return browser.new_context(
        base_url=base_url, viewport=VIEWPORTS["desktop"], locale="en-GB"
    )


def save_screenshots(page, stem, directory=ARTIFACTS_DIR):
    """Picture ``page`` at phone and desktop widths; return the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size
    paths = []
    try:
        for name, size in VIEWPORTS.items():
            page.set_viewport_size(size)
            path = directory / f"{stem}-{name}.png"
            page.screenshot(path=path, full_page=True)
            paths.append(path)
    finally:
        if original:
            page.set_viewport_size(original)
    return paths
