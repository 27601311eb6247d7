"""``make screenshots``: picture the demo site at phone and desktop widths.

Serves the demo site as the browser tests do, then writes the home page and an
article in every reading language, at both widths, to
``test-artifacts/screenshots/`` (``home-en-phone.png``, ...).

    python -m pressroom.tests.browser.screenshots
"""

import shutil
import sys
import tempfile

from .chromium import ARTIFACTS_DIR, CHROMIUM, launch, new_context, save_screenshots
from .server import LANGUAGES, DemoSite

PAGES = ("home", "article-news")
DIRECTORY = ARTIFACTS_DIR / "screenshots"


def main():
    if not CHROMIUM.exists():
        sys.exit(f"Debian's Chromium is not at {CHROMIUM}: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    site = DemoSite(tempfile.mkdtemp(prefix="pressroom-screenshots-"))
    try:
        site.start().wait()
        with sync_playwright() as playwright:
            browser = launch(playwright)
            page = new_context(browser, site.url).new_page()
            for name in PAGES:
                for language in LANGUAGES:
                    page.goto(site.path(name, language))
                    stem = f"{name.removeprefix('article-')}-{language}"
                    for path in save_screenshots(page, stem, DIRECTORY):
                        print(path.relative_to(ARTIFACTS_DIR.parent))
            browser.close()
    finally:
        site.stop()
        shutil.rmtree(site.workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
