"""Fixtures of the browser tests: the demo site's process, Chromium and a page.

The demo site (``server.py``) starts as soon as collection has selected a
browser test, so that it migrates and loads its own database while the rest
of the suite runs; the first browser test waits for it. A browser test that
fails leaves pictures of its page at phone and desktop widths, and the site's
log, in ``test-artifacts/``.
"""

import os
import re
import shutil
import tempfile

import pytest

from .chromium import ARTIFACTS_DIR, CHROMIUM, launch, new_context, save_screenshots
from .server import BASE_DIR, DemoSite

AXE = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
SITE = pytest.StashKey[DemoSite]()
REPORTS = pytest.StashKey[dict]()


def in_ci():
    """Whether this is a CI run (``CI=true``), where no browser test may skip."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require(available, reason):
    """Skip a test whose tool is missing; in CI, fail it instead."""
    if available:
        return
    if in_ci():
        pytest.fail(f"{reason} (CI never skips browser tests)", pytrace=False)
    pytest.skip(reason)


def _start_site(config):
    site = DemoSite(tempfile.mkdtemp(prefix="pressroom-browser-")).start()
    config.stash[SITE] = site
    return site


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    # trylast: after -m and -k have deselected what will not run.
    if config.option.collectonly:
        return
    if any(item.get_closest_marker("browser") for item in items):
        _start_site(config)


def pytest_unconfigure(config):
    site = config.stash.get(SITE, None)
    if site is not None:
        site.stop()
        shutil.rmtree(site.workdir, ignore_errors=True)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    # Keep each phase's report on the test, for the page fixture's teardown.
    report = yield
    item.stash.setdefault(REPORTS, {})[report.when] = report
    return report


@pytest.fixture(scope="session")
def demo_site(pytestconfig):
    """The demo site, served on 127.0.0.1 from its own SQLite database."""
    site = pytestconfig.stash.get(SITE, None) or _start_site(pytestconfig)
    return site.wait()


@pytest.fixture(scope="session")
def chromium():
    """The path of Debian's Chromium; without it, browser tests skip (fail in CI)."""
    require(
        CHROMIUM.exists(),
        f"Debian's Chromium is not at {CHROMIUM}: install it with "
        "`apt-get install chromium` (make test does so when run as root)",
    )
    return CHROMIUM


@pytest.fixture(scope="session")
def axe_script():
    """axe-core's script, installed by ``npm ci``, to inject into pages."""
    require(AXE.exists(), f"axe-core is not at {AXE}: run `npm ci` (make test does)")
    return AXE


@pytest.fixture(scope="session")
def java():
    """The Java runtime that the Nu HTML checker runs on."""
    path = shutil.which("java")
    require(
        path,
        "Java is needed for the Nu HTML checker: apt-get install default-jre-headless",
    )
    return path


@pytest.fixture(scope="module")
def browser(chromium):
    """Debian's Chromium, for the tests of one module.

    Not for the whole session: while Playwright runs, its event loop makes
    Django refuse database access in this process, and the tests of other
    modules that come after these use the test database.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = launch(playwright)
        yield instance
        instance.close()


@pytest.fixture
def page(request, chromium, demo_site, browser):
    """A new reader's tab on the demo site (relative URLs go to the site).

    ``chromium`` comes first so that, without it, a test skips before it
    waits for the site.
    """
    context = new_context(browser, demo_site.url)
    tab = context.new_page()
    yield tab
    report = request.node.stash.get(REPORTS, {}).get("call")
    if report is not None and report.failed:
        stem = re.sub(r"[^\w.-]+", "-", request.node.nodeid.split("/")[-1]).strip("-")
        save_screenshots(tab, stem)
        shutil.copy(demo_site.log_path, ARTIFACTS_DIR / "server.log")
    context.close()
