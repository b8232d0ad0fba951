"""The pages of ``kg serve`` in a real browser: headless Chromium (Debian's ``chromium`` and
``chromium-driver``, installed by ``make test`` when missing) driven by Selenium.

Each page must render without console errors; the timeline picture must have one mark per row
of the ``timeline`` query and the partner list one entry per (relation, partner) of the
``partners`` query; citations must be links. The screenshot test fails on a blank page, and
``KG_UPDATE_SCREENSHOT=1`` makes it write the README's screenshot (docs/company-page.png).
"""

from __future__ import annotations

import base64
import io
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait
from webserver import HOSTILE_TITLE

from kg.graph.query import get_query, open_store, run_query

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "company-page.png"
# Chromium without the background-networking flags tries to reach the internet.
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--window-size=1280,900",
]


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).is_file() and Path(CHROMEDRIVER).is_file()):
        pytest.fail("headless Chromium is missing: 'make test' installs it (apt-get install chromium chromium-driver)")
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    os.environ.setdefault("SE_AVOID_STATS", "true")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def visit(driver, url: str) -> list[dict]:
    """Load ``url``; the console errors it logged."""
    driver.get_log("browser")  # forget what earlier pages logged
    driver.get(url)
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def query_rows(store_dir, name: str, company: str) -> list[dict[str, str]]:
    columns, rows = run_query(open_store(str(store_dir)), get_query(name), {"company": company})
    return [dict(zip(columns, r, strict=True)) for r in rows]


def navigate(driver, act) -> None:
    """Run ``act`` (a submit or a click that loads a new page) and wait until the old page is
    gone and the new one has loaded, so no element of the old page is read by mistake."""
    old = driver.find_element(By.TAG_NAME, "html")
    act()
    wait = WebDriverWait(driver, 60)
    wait.until(expected_conditions.staleness_of(old))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")


def test_index_renders_and_searches(browser, web_server):
    assert visit(browser, web_server.url + "/") == []
    assert len(browser.find_elements(By.CSS_SELECTOR, "li.company a")) == 4
    box = browser.find_element(By.ID, "q")
    box.send_keys("sense")
    navigate(browser, box.submit)
    assert "q=sense" in browser.current_url
    names = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "li.company a")]
    assert names == ["SenseTime"]
    navigate(browser, browser.find_element(By.LINK_TEXT, "SenseTime").click)
    assert browser.find_element(By.TAG_NAME, "h1").text == "SenseTime"


@pytest.mark.parametrize("company", ["SenseTime", "Samsung"])
def test_company_page(browser, web_server, web_store, company):
    errors = visit(browser, f"{web_server.url}/resource/entity/{company}")
    assert errors == []
    assert browser.find_element(By.TAG_NAME, "h1").text == company
    # the timeline picture: one mark per event of the timeline query, each linked to its row
    timeline = query_rows(web_store, "timeline", company)
    marks = browser.find_elements(By.CSS_SELECTOR, "figure.timeline svg circle.event")
    assert len(timeline) > 5 and len(marks) == len(timeline)
    assert sorted(m.get_attribute("data-event") for m in marks) == sorted(r["event"] for r in timeline)
    for mark in marks[:5]:
        target = mark.find_element(By.XPATH, "..").get_dom_attribute("href").removeprefix("#")
        row = browser.find_element(By.ID, target)
        assert row.find_element(By.CSS_SELECTOR, "q.sentence").text
    # the partner list: one entry per (relation, partner) of the partners query
    partners = query_rows(web_store, "partners", company)
    listed = {(li.get_attribute("data-relation"), li.get_attribute("data-partner"))
              for li in browser.find_elements(By.CSS_SELECTOR, "li.partner")}
    assert partners and listed == {(r["relation"], r["partner"]) for r in partners}
    assert len(browser.find_elements(By.CSS_SELECTOR, "figure.ego svg circle.partner-node")) == len({r["partner"] for r in partners})
    # citations are links to their sources
    citations = browser.find_elements(By.CSS_SELECTOR, "a.citation")
    assert citations and all(c.get_attribute("href").startswith(("http://", "https://")) for c in citations)
    assert browser.find_elements(By.CSS_SELECTOR, "a.revision")
    # every entity on the page links to its own page
    link = browser.find_element(By.CSS_SELECTOR, "li.partner a.partner-link")
    assert "/resource/" in link.get_attribute("href")


def test_hostile_text_stays_text(browser, web_server):
    errors = visit(browser, web_server.url + "/resource/entity/Quote_%22Evil%22_Corp")
    assert errors == []
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - no script ran, so no alert is open
    assert browser.find_element(By.TAG_NAME, "h1").text == HOSTILE_TITLE
    texts = [c.text for c in browser.find_elements(By.CSS_SELECTOR, "a.citation")]
    assert "Evil <script>alert('cite')</script> \"buys\" Acme" in texts
    assert browser.execute_script("return document.scripts.length") == 0


def screenshot(driver, height: int = 1500) -> bytes:
    """A PNG of the top of the page (``height`` CSS pixels at most), 1280 pixels wide."""
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    content = metrics["cssContentSize"]
    clip = {"x": 0, "y": 0, "width": 1280, "height": min(height, int(content["height"])), "scale": 1}
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip})
    return base64.b64decode(shot["data"])


def looks_blank(png: bytes) -> bool:
    """Whether a screenshot is (nearly) one colour: fewer than 3% of the pixels differ from the
    most common one, or it has fewer than 30 colours."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 24)
    most = max(count for count, _ in colours)
    total = image.width * image.height
    return (total - most) / total < 0.03 or len(colours) < 30


def test_screenshot_of_a_company_page(browser, web_server):
    visit(browser, "about:blank")
    assert looks_blank(screenshot(browser))  # the check does catch a blank page
    assert visit(browser, f"{web_server.url}/resource/entity/SenseTime") == []
    browser.execute_script("document.getElementById('timeline').scrollIntoView()")
    png = screenshot(browser)
    assert not looks_blank(png)
    if os.environ.get("KG_UPDATE_SCREENSHOT"):
        SCREENSHOT.write_bytes(png)
