"""The room page and a person's own page in a real browser (Debian's chromium, headless,
driven by selenium through chromium-driver): they follow the meeting live, raise a hand
that reaches the facilitator's queue, give a private stance, speak German when the meeting
does, and axe-core finds no accessibility violation on either, light or dark."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from coprodesk.share import links
from coprodesk.store import decisions as store_decisions
from coprodesk.store import devices
from coprodesk.store import meetings as repo
from tests.cli_run import run
from tests.share.conftest import share_demo, wait_until

pytestmark = pytest.mark.slow  # a browser and a server per test

PAGES = Path(__file__).resolve().parents[2] / "coprodesk" / "share" / "pages"
AXE = Path(__file__).parent / "axe" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _browser(width: int = 1280, height: int = 900, dark: bool = False):
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        if os.environ.get("CI"):
            pytest.fail("chromium and chromium-driver are needed (.ci/run installs them)")
        pytest.skip("no chromium here: apt-get install chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--lang=en-GB"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    if dark:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    return driver


@pytest.fixture
def browser():
    driver = _browser()
    yield driver
    driver.quit()


def _text(driver, element_id: str) -> str:
    return driver.find_element("id", element_id).text


def _shows(driver, element_id: str, words: str, what: str) -> str:
    return wait_until(lambda: words in (t := _text(driver, element_id)) and t, what)


def axe_violations(driver) -> list[dict]:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    driver.set_script_timeout(60)
    found = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done({passes: r.passes.length,"
        " violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' '))}))}));")
    assert found["passes"] >= 10  # axe ran its rules on the page (none broken, below)
    return found["violations"]


def test_the_room_page_follows_the_floor(shared, browser):
    browser.get(shared.room(""))
    _shows(browser, "floor", "Nobody has the floor.", "the page shows the meeting")
    assert browser.find_element("id", "title").text == "Spring workshop: follow-up"
    assert browser.find_element("id", "floor").get_attribute("aria-live") == "polite"
    assert not browser.find_element("id", "me").is_displayed()
    shared.session().give_floor(shared.person("Sione Tupou").id)
    _shows(browser, "floor", "Speaking now: Sam", "the floor change reaches the page")
    assert "Sione" not in browser.page_source
    assert "Sam (Lived experience)" in _text(browser, "people")
    links.renew_links(shared.store, shared.meeting, 2)  # the old link stops working
    _shows(browser, "connection", "This link no longer works", "the page says its link is gone")


def test_a_hand_raised_on_the_personal_page_reaches_the_queue(shared, browser, capsys):
    browser.get(shared.mine("Dev Patel", ""))
    _shows(browser, "my-hand", "Your hand is down.", "the personal page")
    assert _text(browser, "kind") == "Dev Patel's own page"
    browser.find_element("css selector", "input[value=clarification]").click()
    browser.find_element("id", "hand-button").click()
    _shows(browser, "my-hand", "Your hand is up (clarification): number 1", "the hand is up")
    dev = shared.person("Dev Patel").id
    queue = shared.session().queue()
    assert [(h.participant_id, str(h.kind)) for h in queue] == [(dev, "clarification")]
    code, out, _err = run(capsys, "--db", shared.store.path, "report", str(shared.meeting.id),
                          "--json")
    assert code == 0 and [q["name"] for q in json.loads(out)["queue"]] == ["Dev Patel"]
    assert _text(browser, "hand-button") == "Lower my hand"
    browser.find_element("id", "hand-button").click()
    _shows(browser, "my-hand", "Your hand is down.", "the hand is down again")
    assert shared.session().queue() == []


def _open_round(shared):
    """Helen has the floor and a consensus round is open; the facilitator's session and the
    decision's id. (One session: a second one would close the first one's turn as left
    over by a crash.)"""
    session = shared.session()
    session.give_floor(shared.person("Helen Ward").id)
    return session, store_decisions.create_decision(
        shared.store, shared.meeting.id, "consensus", "Open the night line",
        item_id=session.current_item.id)


def test_a_private_stance_from_the_personal_page(shared, browser):
    _session, decision_id = _open_round(shared)
    browser.get(shared.mine("Margaret Chen", ""))
    _shows(browser, "proposal", "Open the night line", "the round on the page")
    browser.find_element("css selector", "input[name=option][value=stand-aside]").click()
    browser.find_element("id", "reason").send_keys("Not my area")
    browser.find_element("css selector", "#stance-form button[type=submit]").click()
    _shows(browser, "stance-said", "Your stance is saved.", "the stance is saved")
    _shows(browser, "answered", "1 of", "the count of answers")
    rnd = next(d for d in repo.load_meeting(shared.store, shared.meeting.id).decisions
               if d.id == decision_id).rounds[-1]
    assert rnd.stances == ()  # out of the record until the round is revealed
    margaret = shared.person("Margaret Chen").id
    kept = devices.device_stances(shared.store, rnd.id)[margaret]
    assert (kept.option, kept.reason) == ("stand-aside", "Not my area")


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_axe_finds_nothing_on_either_page(store, dark):
    shared = share_demo(store)
    driver = _browser(dark=dark)
    try:
        session, _decision_id = _open_round(shared)
        session.raise_hand(shared.person("Tom Reilly").id)
        for url, ready in ((shared.room(""), "Speaking now"),
                           (shared.mine("Margaret Chen", ""), "Speaking now")):
            driver.get(url)
            _shows(driver, "floor", ready, "the page is filled in")
            _shows(driver, "proposal", "Open the night line", "the round is shown")
            assert axe_violations(driver) == [], url
        assert driver.find_element("id", "stance-form").is_displayed()
    finally:
        driver.quit()
        shared.thread.stop()


def test_the_pages_speak_german_when_the_meeting_does(store):
    shared = share_demo(store, language="de")
    driver = _browser()
    try:
        driver.get(shared.mine("Dev Patel", ""))
        _shows(driver, "my-hand", "Ihre Hand ist unten.", "the German page")
        assert driver.find_element("css selector", "html").get_attribute("lang") == "de"
        assert _text(driver, "now-heading") == "Jetzt"
        assert _text(driver, "hand-button") == "Hand heben"
        assert axe_violations(driver) == []
    finally:
        driver.quit()
        shared.thread.stop()


def test_every_word_of_the_pages_has_its_german():
    """Fast and browser-free: the pages' words (``t``/``fill`` calls and ``data-t``) and the
    domain's words the pages show are all in words.js."""
    script = (PAGES / "page.js").read_text(encoding="utf-8")
    html = (PAGES / "index.html").read_text(encoding="utf-8")
    used = set(re.findall(r'\b(?:t|fill)\("((?:[^"\\]|\\.)*)"', script))
    used |= set(re.findall(r'data-t="([^"]*)"', html))
    used |= {"balanced", "fairly balanced", "a few voices dominate", "one or two voices dominate",
             "too early to tell"}
    words = (PAGES / "words.js").read_text(encoding="utf-8")
    german = set(re.findall(r'^\s*"((?:[^"\\]|\\.)*)":', words, re.MULTILINE))
    assert used - german == set()
    assert len(used) > 40
