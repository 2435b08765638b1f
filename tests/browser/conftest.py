"""Browser fixtures: one Debian Chromium per test process, the seed corpus on a live server.

Playwright's own browser download does not work on these machines, so the tests drive
`/usr/bin/chromium` (`apt-get install chromium`); `.ci/run` installs it. A missing browser
fails the tests rather than skipping them.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections
from django.test import modify_settings
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run the browser tests last in each process: Playwright keeps an event loop open."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session."""
    if not shutil.which(CHROMIUM):
        pytest.fail(
            f"Chromium is missing at {CHROMIUM}: the browser tests need it. "
            "Install it with `apt-get install -y chromium` (.ci/run does).",
            pytrace=False,
        )
    # Playwright's sync API runs an event loop in this thread, so Django would refuse
    # database access from the test code without this.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # Inside sync_playwright() code runs in a context of its own, where Django opened
        # connections of its own: close them, or PostgreSQL refuses to drop the test database.
        connections.close_all()


@pytest.fixture(scope="session")
def site(django_db_setup, django_db_blocker):
    """The seed corpus with its mentions linked, on a live server, as `make run` serves it.

    Loaded once per test process rather than per test: the browser tests only read, and
    emptying the database after each test costs two seconds on PostgreSQL. Each browser
    test module is marked `django_db`, which is what makes pytest-django create the test
    database this writes to.
    """
    with django_db_blocker.unblock():
        call_command("load_seed", force=True, verbosity=0)
    server = LiveServer("localhost")
    with modify_settings(ALLOWED_HOSTS={"append": "localhost"}):
        yield server
    server.stop()
    # Leave nothing behind in a test database kept with --reuse-db.
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def base_url(site):
    return site.url


def open_page(browser, base_url, viewport):
    context = browser.new_context(base_url=base_url, viewport=viewport)
    context.set_default_timeout(5_000)
    return context, context.new_page()


@pytest.fixture
def page(browser, base_url):
    """A desktop browser tab on the seeded site."""
    context, tab = open_page(browser, base_url, DESKTOP)
    yield tab
    context.close()


@pytest.fixture
def phone(browser, base_url):
    """A phone-sized browser tab on the seeded site."""
    context, tab = open_page(browser, base_url, PHONE)
    yield tab
    context.close()


@pytest.fixture
def screenshot():
    """Keep a full-page screenshot of a tab as a test artefact."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(tab, name):
        tab.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)

    return take
