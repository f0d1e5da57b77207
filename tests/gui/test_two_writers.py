"""Another program holds the database, or the disk fills, in the middle of a meeting.

The facilitator keeps giving the floor with real key presses; the window must stay
responsive (its event loop is measured with a timer), say once that changes wait,
and write every kept change, in order and with its own times, when the way is clear.
"""

from __future__ import annotations

import sqlite3
import time
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer

from coprodesk.demo import create_demo
from coprodesk.domain.clock import FakeClock
from coprodesk.gui.qt_session import QtSession
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo

from .conftest import show_run_view

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
DIGITS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}
PROBE_MS = 10
MAX_LATENCY_MS = 100


@pytest.fixture
def run(store, qtbot):
    _, mid = create_demo(store)  # planned: 10 people (one observer), 5 items
    clock = FakeClock()
    session = MeetingSession(store, mid, clock)
    qt = QtSession(session)
    stack, view = show_run_view(qtbot, qt)
    problems: list[str] = []
    qt.problem.connect(problems.append)
    yield SimpleNamespace(store=store, mid=mid, clock=clock, session=session, qt=qt, stack=stack,
                          view=view, qtbot=qtbot, problems=problems)
    qt.stop()


class LoopProbe:
    """A timer that should fire every PROBE_MS: the longest gap between two firings is how
    long the window could not react to anything (a key, a repaint)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._fired)
        self.gaps_ms: list[float] = []
        self._last = 0.0

    def _fired(self) -> None:
        now = time.perf_counter()
        self.gaps_ms.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def worst_ms(self) -> float:
        return max(self.gaps_ms)


def key(r, k, mods=Qt.KeyboardModifier.NoModifier):
    r.qtbot.keyClick(r.view, k, mods)


def press(r, k, mods=Qt.KeyboardModifier.NoModifier):
    """A key as a person presses it: the window gets a moment before the next one."""
    key(r, k, mods)
    r.qtbot.wait(40)


def tile_pid(r, n: int) -> int:
    return r.view.board.order[n - 1]


def times(turns):
    return [(t.participant_id, t.item_id, t.start_ms, t.end_ms) for t in turns]


def on_disk(r):
    return repo.load_meeting(r.store, r.mid)


def banner_text(r) -> str:
    return r.view.save_banner.label.text() if r.view.save_banner.isVisible() else ""


def play(r, hand_tile: int) -> LoopProbe:
    """Ten changes as a facilitator makes them, with the event loop watched throughout."""
    probe = LoopProbe()
    probe.start()
    for n in (2, 3, 4, 2, 5):
        r.clock.advance(30)
        press(r, DIGITS[n])
    press(r, DIGITS[hand_tile], SHIFT)  # a hand goes up
    r.clock.advance(20)
    press(r, Qt.Key.Key_Space)  # pause
    r.clock.advance(5)
    press(r, Qt.Key.Key_Space)  # and back to the last speaker
    r.clock.advance(3)
    press(r, DIGITS[7])  # a mistake...
    press(r, Qt.Key.Key_Z, CTRL)  # ...undone at once
    r.qtbot.wait(600)  # (with the database held: a few retries of the kept changes)
    probe.stop()
    return probe


def test_while_another_program_holds_the_database_the_window_stays_responsive_and_every_turn_lands(
        run):
    r = run
    key(r, DIGITS[1])  # the meeting is running, its first turn on disk
    free = play(r, 6)  # the same keys on a free database: what this machine manages anyway
    before = on_disk(r)
    commands = r.stack.index()  # (the undone mistake goes with the next change)
    assert r.session.meeting == before and len(before.turns) == 7

    other = sqlite3.connect(r.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a big import in another program holds the write lock
    assert r.store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000  # the store waits
    held = play(r, 8)
    print(f"event loop, worst gap between firings of a {PROBE_MS} ms timer: "
          f"{held.worst_ms:.1f} ms with the database held ({len(held.gaps_ms)} firings), "
          f"{free.worst_ms:.1f} ms with it free")
    # Under 100 ms; a machine too busy to manage that even with a free database (CPU shared
    # with other jobs) gets twice its own figure. A window that waited for the lock, as the
    # store's busy timeout would have it, stops for seconds on every key.
    assert held.worst_ms < max(MAX_LATENCY_MS, 2 * free.worst_ms)

    shown = r.session.meeting
    assert r.session.unsaved == 10
    assert r.problems == []  # no message box per key: the banner says it, once
    assert banner_text(r).startswith("Waiting for the database… 10 changes not yet saved")
    assert r.view.save_banner.accessibleName() and r.view.save_banner.label.accessibleDescription()
    assert on_disk(r) == before
    assert [t.participant_id for t in shown.turns[7:]] == [tile_pid(r, n)
                                                          for n in (2, 3, 4, 2, 5, 5)]
    assert r.stack.count() == commands + 9 and r.stack.index() == commands + 8

    other.rollback()  # the import ends
    other.close()
    r.qtbot.waitUntil(lambda: not r.view.save_banner.isVisible(), timeout=5000)
    disk = on_disk(r)
    assert times(disk.turns) == times(shown.turns)  # in order, with the times they were made
    assert {h.participant_id for h in disk.hands} == {tile_pid(r, 6), tile_pid(r, 8)}
    assert r.session.meeting == disk and r.session.unsaved == 0
    assert r.problems == []
    key(r, Qt.Key.Key_Z, CTRL)  # undo works on what was written late: the resume goes
    assert times(on_disk(r).turns) == times(shown.turns)[:-1]


def test_notes_typed_while_the_database_is_held_are_kept_and_saved_later(run):
    r = run
    key(r, DIGITS[1])
    other = sqlite3.connect(r.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    notes = r.view.ui.notesEdit
    notes.setFocus()
    r.qtbot.keyClicks(notes, "Room booked")
    assert r.view.ui.notesStatus.text() == "Not saved yet: waiting for the database"
    assert notes.toPlainText() == "Room booked"  # nothing typed is lost
    assert "changes not yet saved" in banner_text(r)
    other.rollback()
    other.close()
    r.qtbot.waitUntil(lambda: r.view.ui.notesStatus.text().startswith("Saved at"), timeout=5000)
    assert on_disk(r).current_item.notes == "Room booked"
    assert r.problems == []


def test_a_full_disk_is_said_once_and_the_meeting_goes_on_until_there_is_room(run):
    r = run
    key(r, DIGITS[1])
    pages = r.store.conn.execute("PRAGMA page_count").fetchone()[0]
    r.store.conn.execute(f"PRAGMA max_page_count = {pages}")  # no room from here on
    said: list[tuple[int, str]] = []
    r.qt.waiting.connect(lambda n, why: said.append((n, why)))
    n = 0
    while not r.session.unsaved and n < 3000:  # a page may have had room left
        n += 1
        r.clock.advance(2)
        key(r, DIGITS[1 + n % 3])
    for k in range(20):
        r.clock.advance(2)
        key(r, DIGITS[1 + (n + 1 + k) % 3])
    assert r.session.unsaved == 21
    assert r.problems == []  # one banner, not one message per key press
    assert {why for _n, why in said} == {"full"}
    assert banner_text(r).startswith("The disk is full: 21 changes not yet saved. Free some space")
    shown = r.session.meeting.turns
    r.qtbot.wait(600)  # retries find no room: still kept, nothing said again
    assert r.session.unsaved == 21 and r.problems == []

    r.store.conn.execute("PRAGMA max_page_count = 1073741823")  # room again
    r.qtbot.waitUntil(lambda: not r.view.save_banner.isVisible(), timeout=5000)
    assert times(on_disk(r).turns) == times(shown)
    assert r.stack.count() == len(shown)  # one command per turn, each on disk


def test_leaving_the_meeting_writes_what_waits_or_says_what_could_not_be_saved(run):
    r = run
    key(r, DIGITS[1])
    other = sqlite3.connect(r.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    r.clock.advance(10)
    key(r, DIGITS[2])
    r.clock.advance(10)
    key(r, DIGITS[3])
    r.qt.stop()  # leaving while the import still runs: one patient try, then it is said
    assert r.problems == ["2 changes to the meeting could not be saved: the database is locked "
                          "by another program; close it and try again"]
    other.rollback()
    other.close()
    shown = r.session.meeting.turns
    r.qt.stop()  # once it is free, leaving writes them
    assert times(on_disk(r).turns) == times(shown) and len(shown) == 3
    assert len(r.problems) == 1
