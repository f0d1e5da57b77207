"""Screenshots of the device pages in Debian's chromium (headless, through selenium): the
room page and a personal page, on a phone-sized (390x844) and a laptop-sized (1280x800)
window, light and dark, with a speaker, a queue and an open round, after a minute of talk.

Run: .venv/bin/python docs/screenshots/make_devices.py  (writes devices_*.png here)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from coprodesk.demo import create_demo
from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import HandKind, Stance
from coprodesk.session import MeetingSession
from coprodesk.share import links
from coprodesk.share.server import ShareServer, ShareThread
from coprodesk.store import decisions as store_decisions
from coprodesk.store import devices
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

HERE = Path(__file__).parent
SIZES = {"phone": (390, 844), "laptop": (1280, 800)}


def browser(width: int, height: int, dark: bool):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                f"--window-size={width},{height}", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    return driver


def meeting_in_progress(store, planned: int) -> MeetingSession:
    """Twelve minutes into the follow-up: five turns, two hands up, a round open."""
    start = time.time() * 1000 - 12 * 60_000
    clock = FakeClock(int(start))
    session = MeetingSession(store, planned, clock=clock)
    people = {p.name: p.id for p in session.meeting.participants}
    for name, minutes in (("Amara Okafor", 2), ("Dr Ruth Adeyemi", 3), ("Margaret Chen", 1.5),
                          ("Helen Ward", 2.5), ("Tom Reilly", 1)):
        session.give_floor(people[name])
        clock.advance(minutes * 60)
    session.give_floor(people["Sione Tupou"])
    clock.advance(60)
    session.raise_hand(people["Dev Patel"])
    session.raise_hand(people["Liam Byrne"], HandKind.CLARIFICATION)
    decision = store_decisions.create_decision(
        store, session.meeting.id, "consensus", "Open a night line for people in crisis, "
        "staffed by peer workers, from March", item_id=session.current_item.id)
    rnd = next(d for d in repo.load_meeting(store, planned).decisions if d.id == decision).rounds[-1]
    for name in ("Amara Okafor", "Tom Reilly", "Dev Patel", "Helen Ward"):
        devices.set_device_stance(store, rnd.id, Stance(people[name], "support", ""), int(start))
    return session


def main() -> None:
    store = open_store(Path(tempfile.mkdtemp()) / "m.db")
    _closed, planned = create_demo(store)
    session = meeting_in_progress(store, planned)
    meeting = repo.load_meeting(store, planned)
    made = links.ensure_links(store, meeting, int(time.time() * 1000))
    share = ShareThread(ShareServer(store.path, planned, "127.0.0.1", 0))
    server = share.start()
    margaret = next(p.id for p in meeting.participants if p.name == "Margaret Chen")
    pages = {"room": server.link(made.room), "personal": server.link(made.people[margaret])}
    try:
        for size, (w, h) in SIZES.items():
            for dark in (False, True):
                driver = browser(w, h, dark)
                try:
                    for page, url in pages.items():
                        driver.get(url)
                        time.sleep(1.5)
                        full = driver.execute_script("return document.body.scrollHeight")
                        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                            "width": w, "height": min(full + 40, 3 * h),
                            "deviceScaleFactor": 1, "mobile": w < 600})
                        name = f"devices_{page}_{size}_{'dark' if dark else 'light'}.png"
                        driver.save_screenshot(str(HERE / name))
                        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                            "width": w, "height": h, "deviceScaleFactor": 1, "mobile": w < 600})
                        print(name, file=sys.stderr)
                finally:
                    driver.quit()
    finally:
        share.stop()
        del session


if __name__ == "__main__":
    main()
