"""The participant screen matches people by id: when two people share a name and one asked
not to be named, every text the screen carries (labels, accessible names and descriptions,
tooltips, painted names) is the same whatever that person's real name is."""

from __future__ import annotations

from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import Role
from coprodesk.gui.participant.view import ParticipantWindow
from coprodesk.gui.qt_session import QtSession
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

from .conftest import every_text

PSEUDONYM = "Robin"


def screen_text(qtbot, db, hidden_name: str) -> list[str]:
    """The screen mid-meeting: the hidden person speaks, both of the same name have a hand up."""
    store = open_store(db)
    mid = repo.create_meeting(store, "Same names")
    g = [x.id for x in repo.load_meeting(store, mid).groups]
    hidden = repo.add_participant(store, mid, hidden_name, g[0], named_in_minutes=False,
                                  pseudonym=PSEUDONYM)  # first: a lookup by name finds them
    named = repo.add_participant(store, mid, "Sam Jones", g[1], Role.CO_CHAIR)
    other = repo.add_participant(store, mid, "Carla Diaz", g[2], Role.FACILITATOR)
    repo.add_item(store, mid, "Discussion", 600)
    clock = FakeClock()
    session = MeetingSession(store, mid, clock)
    qt = QtSession(session)
    window = ParticipantWindow(qt)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    try:
        for pid, seconds in ((other, 90), (named, 20), (hidden, 30)):
            session.give_floor(pid)
            qt.notify()
            clock.advance(seconds)
            qt.tick.emit()
        session.raise_hand(named)
        session.raise_hand(other)
        qt.notify()
        qt.tick.emit()
        return sorted(every_text(window))
    finally:
        qt.stop()
        window.close()
        store.close()


def test_the_screen_never_shows_the_real_name_of_who_shares_it(qtbot, tmp_path):
    same = screen_text(qtbot, tmp_path / "same.db", "Sam Jones")
    other = screen_text(qtbot, tmp_path / "other.db", "Xavier Quill")
    assert not any("Xavier" in t for t in other)
    assert same == other
    assert any(t == PSEUDONYM for t in same)  # the speaker, by their pseudonym
    assert any("Sam Jones" in t for t in same)  # and the named co-chair by name
