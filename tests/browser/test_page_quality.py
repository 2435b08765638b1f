"""Every page type, as a reader's browser sees it: accessible, valid, fits a phone, prints.

The accessibility, phone and print tests keep full-page screenshots of every page type in
test-artifacts/screenshots/.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
TRUST = "doncaster-childrens-services-trust"
PAGE_TYPES = {
    "home": "/",
    "article": "/articles/ofsted-rates-government-imposed-childrens-services-trust-inadequate/",
    "organisation": f"/organisations/{TRUST}/",
    "person": "/people/michael-wilshaw/",
    "archive": "/archive/",
    "year": "/archive/2016/",
    "ratings": "/ratings/",
    "timeline": f"/ratings/{TRUST}/",
    "search": "/search/?q=Wilshaw",
    "not-found": "/no-such-page/",
}
AXE = Axe()
RECORD_POLICY_VIOLATIONS = """
window.policyViolations = [];
addEventListener("securitypolicyviolation", (event) => window.policyViolations.push(
  `Content Security Policy blocked ${event.blockedURI} (${event.violatedDirective})`
));
"""


def visit(tab, name):
    """Open a page type; check it answers as it should and nothing on it is broken.

    A stylesheet that fails to load shows as an error in the browser's console; a script
    or style that the Content Security Policy blocks fires a `securitypolicyviolation`.
    """
    errors = []
    tab.on("console", lambda message: message.type == "error" and errors.append(message))
    tab.add_init_script(RECORD_POLICY_VIOLATIONS)
    response = tab.goto(PAGE_TYPES[name])
    tab.wait_for_load_state("load")
    assert response.status == (404 if name == "not-found" else 200), PAGE_TYPES[name]
    # Chromium also reports the 404 page's own status as an error.
    problems = [e.text for e in errors if e.location.get("url") != response.url]
    problems += tab.evaluate("window.policyViolations")
    assert not problems, "\n".join(problems)
    return response


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_has_no_accessibility_violations(page, name, screenshot):
    visit(page, name)
    screenshot(page, f"desktop-{name}")
    results = AXE.run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_fits_a_phone_screen_without_sideways_scrolling(phone, name, screenshot):
    visit(phone, name)
    screenshot(phone, f"phone-{name}")
    widths = phone.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{name} page is {widths[0]}px wide on a {widths[1]}px phone"


def test_every_page_type_is_valid_html(page, tmp_path):
    java = shutil.which("java")
    if not java or not VNU.exists():
        pytest.fail(
            "The Nu Html Checker needs Java (`apt-get install -y default-jre-headless`) "
            f"and {VNU.relative_to(ROOT)} (`npm ci`); .ci/run installs both.",
            pytrace=False,
        )
    errors = []
    for name, path in PAGE_TYPES.items():
        response = page.request.get(path)
        if response.status != (404 if name == "not-found" else 200):
            errors.append(f"{path}: HTTP {response.status}")
        (tmp_path / f"{name}.html").write_bytes(response.body())
    files = sorted(tmp_path.glob("*.html"))
    # One run over every page: the checker's start-up costs more than checking a page.
    checked = subprocess.run(
        [java, "-jar", VNU, "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(checked.stderr)["messages"]
    errors += [
        f"{Path(m.get('url', '?')).name}:{m.get('lastLine', '?')}: {m['message']}" for m in messages
    ]
    assert not errors, "\n".join(errors)


def test_article_body_shows_when_printed(page, screenshot):
    visit(page, "article")
    page.emulate_media(media="print")
    screenshot(page, "print-article")
    body = page.locator("[itemprop=articleBody]")
    expect(body).to_be_visible()
    expect(body.locator("p").first).to_be_visible()
    expect(body).to_contain_text("Doncaster Children's Services Trust")
