"""The participant screen, as the room sees it: it follows the meeting live, shows only
what people agreed to show, and reads from the back of the room.

Real store on tmp_path, the demo's planned meeting (10 people, one observer, 5 items),
a FakeClock moved by hand, and the real QtSession signals.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from coprodesk.demo import create_demo
from coprodesk.domain.balance import verdict_in_words
from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import PALETTE, HandKind, initials
from coprodesk.gui.participant.bars import GroupBar, Painted, PersonBar
from coprodesk.gui.participant.theme import (
    AA_GRAPHICS,
    AA_TEXT,
    THEMES,
    contrast_ratio,
    ink_on,
    relative_luminance,
)
from coprodesk.gui.participant.view import (
    ParticipantWindow,
    default_screen_index,
    nice_scale,
    show_participant_screen,
    unit_for,
)
from coprodesk.gui.qt_session import QtSession
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo

from .conftest import every_text


def open_screen(live, qtbot, size=(1920, 1080), groups_only=False):
    r = live(groups_only)
    r.window = ParticipantWindow(r.qt)
    qtbot.addWidget(r.window)
    r.window.resize(*size)
    r.window.show()
    qtbot.waitExposed(r.window)
    r.people = {p.name: p.id for p in r.session.meeting.participants}
    r.qtbot = qtbot
    return r


@pytest.fixture
def room(qtbot, live):
    return open_screen(live, qtbot)


@pytest.fixture
def groups_room(qtbot, live):
    return open_screen(live, qtbot, groups_only=True)


def person_rows(window) -> dict[int, PersonBar]:
    return {row.participant_id: row for row in window.people.rows.values()}


def group_row(r, name: str) -> GroupBar:
    g = next(g for g in r.session.meeting.groups if g.name == name)
    return r.window.groups.rows[g.id]


def speak(r, name: str, seconds: float) -> None:
    r.session.give_floor(r.people[name])
    r.qt.notify()
    r.clock.advance(seconds)
    r.qt.tick.emit()


# --- following the meeting -------------------------------------------------------------

def test_the_screen_shows_who_holds_the_floor_and_for_how_long(room):
    ui = room.window.ui
    assert ui.floorCaption.text() == "The floor opens when the meeting starts"
    speak(room, "Amara Okafor", 65)
    assert ui.speakerLabel.text() == "Amara Okafor"
    assert ui.turnClockLabel.text() == "1:05"
    assert person_rows(room.window)[room.people["Amara Okafor"]].state.speaking

    room.session.give_floor(room.people["Margaret Chen"])
    room.qt.notify()
    assert ui.speakerLabel.text() == "Margaret Chen"
    assert ui.turnClockLabel.text() == "0:00"
    assert not person_rows(room.window)[room.people["Amara Okafor"]].state.speaking

    room.session.toggle_pause()
    room.qt.notify()
    assert ui.floorCaption.text() == "Nobody has the floor"
    assert ui.speakerLabel.text() == ""


def test_the_next_people_in_the_queue_are_named_in_order(room):
    speak(room, "Amara Okafor", 10)
    room.session.raise_hand(room.people["Tom Reilly"])
    room.session.raise_hand(room.people["Helen Ward"], HandKind.CLARIFICATION)
    room.qt.notify()
    assert room.window.ui.nextLabel.text() == "Next: Helen Ward (clarification), Tom Reilly"
    room.session.lower_hand(room.people["Helen Ward"])
    room.session.lower_hand(room.people["Tom Reilly"])
    room.qt.notify()
    assert room.window.ui.nextLabel.text() == "No hands up"


def test_the_screen_follows_the_agenda_from_item_to_item(room):
    ui = room.window.ui
    items = room.session.meeting.items
    speak(room, "Amara Okafor", 5 * 60)
    assert ui.itemTitle.text() == items[0].title
    assert ui.itemCaption.text() == "Item 1 of 5 · information"
    assert ui.timeLeftLabel.text() == "10 minutes left"

    room.session.step_item(+1)
    room.qt.notify()
    assert ui.itemTitle.text() == items[1].title
    assert ui.itemCaption.text() == "Item 2 of 5 · discussion"
    assert ui.timeLeftLabel.text() == "30 minutes left"
    assert ui.speakerLabel.text() == ""  # moving on pauses the floor

    room.clock.advance(31 * 60)
    room.qt.tick.emit()
    assert ui.timeLeftLabel.text() == "1 minute over"
    assert ui.timeLeftLabel.property("over") is True


def test_group_bars_show_each_groups_share_against_its_fair_share(room):
    speak(room, "Dr Ruth Adeyemi", 120)
    speak(room, "Amara Okafor", 40)
    room.qt.notify()
    bal = room.session.balance()
    for g in room.session.meeting.groups:
        gb = bal.group(g.id)
        if gb.members == 0:
            continue
        row = room.window.groups.rows[g.id]
        assert row.state.share == pytest.approx(gb.share)
        assert row.state.fair == pytest.approx(gb.fair_share)
        assert row.state.figures == f"{round(gb.share * 100)} % · fair {round(gb.fair_share * 100)} %"
        assert g.label in row.drawn_strings() and g.name in row.drawn_strings()
    # 2:40 of speech in two turns: too early for a verdict, and the room is told so
    assert verdict_in_words(bal) == "too early to tell"
    assert verdict_in_words(bal) in room.window.ui.balanceLabel.text()
    ruth = person_rows(room.window)[room.people["Dr Ruth Adeyemi"]]
    assert ruth.state.share == pytest.approx(bal.person(room.people["Dr Ruth Adeyemi"]).share)


def test_observers_are_not_on_the_screen(room):
    speak(room, "Amara Okafor", 30)
    assert room.people["Priya Nair"] not in person_rows(room.window)
    assert not any("Priya" in t for t in room.window.drawn_strings())


def test_people_who_leave_drop_off_and_fair_shares_follow_presence(room):
    dev = room.people["Dev Patel"]
    speak(room, "Amara Okafor", 60)
    speak(room, "Margaret Chen", 60)
    assert dev in person_rows(room.window)
    assert "Dev Patel" in room.window.ui.notHeardLabel.text()
    carers_fair_before = group_row(room, "Carer / family").state.fair

    room.session.set_present(dev, False)
    room.qt.notify()
    room.clock.advance(600)
    room.qt.tick.emit()
    assert dev not in person_rows(room.window)
    assert "Dev Patel" not in room.window.ui.notHeardLabel.text()
    assert group_row(room, "Carer / family").state.fair < carers_fair_before

    room.session.set_present(dev, True)
    room.qt.notify()
    assert dev in person_rows(room.window)
    assert "Dev Patel" in room.window.ui.notHeardLabel.text()


def test_the_not_heard_line_is_gentle_and_waits_for_the_first_voice(room):
    label = room.window.ui.notHeardLabel
    room.session.step_item(+1)
    room.qt.notify()
    assert label.text() == ""  # nobody has spoken on this item yet: no list of everyone
    speak(room, "Amara Okafor", 20)
    assert label.text().startswith("Not heard yet on this item: Tom Reilly, Sam,")
    assert "Amara" not in label.text()


# --- what must never show --------------------------------------------------------------

def test_names_are_the_ones_people_agreed_to(room):
    speak(room, "Sione Tupou", 30)
    room.session.raise_hand(room.people["Sione Tupou"])
    room.qt.notify()
    texts = every_text(room.window)
    assert room.window.ui.speakerLabel.text() == "Sam"
    assert not any("Sione" in t or "Tupou" in t for t in texts)


def test_private_fields_never_appear(room):
    m = room.session.meeting
    tom = m.participant(room.people["Tom Reilly"])
    assert tom.access_needs  # the demo gives Tom access needs
    speak(room, "Tom Reilly", 30)
    item = room.session.current_item
    room.session.set_notes(item.id, "Private facilitator note: check on Tom after the break")
    repo.add_decision(room.store, room.mid, "consensus", "Try a quieter room",
                      stances={tom.id: ("block", "Secret reason about my health")}, item_id=item.id)
    room.session.reload()
    room.qt.notify()
    texts = " | ".join(every_text(room.window))
    for private in (tom.access_needs, "written questions", "Private facilitator note",
                    "Secret reason", "block", "Try a quieter room"):
        assert private not in texts


def test_groups_only_mode_shows_no_persons_name_or_figure_anywhere(groups_room):
    r = groups_room
    speak(r, "Amara Okafor", 75)
    speak(r, "Sione Tupou", 40)
    r.session.raise_hand(r.people["Helen Ward"])
    r.session.raise_hand(r.people["Dev Patel"], HandKind.CLARIFICATION)
    r.qt.notify()
    r.clock.advance(3)
    r.qt.tick.emit()
    w = r.window
    texts = every_text(w)
    words = set()
    for p in r.session.meeting.participants:
        words |= {p.name, p.public_name, initials(p.name), *p.name.split()}
    words -= {"Dr"}
    for word in words:
        pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        assert not any(pattern.search(t) for t in texts), word
    assert not w.findChildren(PersonBar)
    assert w.ui.turnClockLabel.text() == ""
    assert not re.search(r"\d:\d\d", " ".join(texts))  # no one's turn clock
    # What the room still sees: the group holding the floor, the groups' bars and the balance.
    assert w.ui.speakerLabel.text() == "Lived experience group"
    assert w.ui.nextLabel.text() == "Next: Carer / family (clarification), Commissioner / manager"
    assert {row.state.name for row in w.groups.rows.values()} >= {"Lived experience", "Practitioner"}
    assert w.ui.notHeardLabel.text() == ""


def test_switching_groups_only_on_mid_meeting_removes_every_person(room):
    speak(room, "Amara Okafor", 30)
    assert person_rows(room.window)
    repo.update_meeting(room.store, room.mid, groups_only=True)
    room.session.reload()
    room.qt.notify()
    assert not room.window.findChildren(PersonBar)
    assert not any("Amara" in t for t in every_text(room.window))


# --- readable at five metres -----------------------------------------------------------

@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (3840, 2160)])
def test_text_is_at_least_32_pixels_on_a_1080p_class_screen(live, qtbot, size):
    r = open_screen(live, qtbot, size)
    speak(r, "Amara Okafor", 30)
    r.session.raise_hand(r.people["Tom Reilly"])
    r.qt.notify()
    qtbot.wait(10)
    least = 32 * min(size) / 1080
    labels = [lb for lb in r.window.findChildren(QLabel) if lb.isVisible() and lb.text()]
    assert len(labels) >= 8
    for lb in labels:
        assert QFontInfo(lb.font()).pixelSize() >= least, lb.objectName()
    painted = [w for w in r.window.findChildren(Painted) if w.isVisible() and w.drawn_strings()]
    assert painted
    assert min(w.min_text_px() for w in painted) >= least
    r.qt.stop()


def test_type_scales_with_the_short_side_of_the_screen():
    assert unit_for(1920, 1080) == 32
    assert unit_for(1080, 1920) == 32
    assert unit_for(3840, 2160) == 64
    assert unit_for(1280, 720) == pytest.approx(21.33, abs=0.01)


def test_portrait_screens_stack_the_panels(live, qtbot):
    r = open_screen(live, qtbot, (1920, 1080))
    assert r.window.ui.bodyLayout.direction() == QBoxLayout.Direction.LeftToRight
    r.window.resize(1080, 1920)
    qtbot.wait(10)
    assert r.window.ui.bodyLayout.direction() == QBoxLayout.Direction.TopToBottom
    assert r.window.ui.topRow.direction() == QBoxLayout.Direction.TopToBottom
    r.qt.stop()


def test_every_person_row_stays_inside_the_window_at_1280x720(room):
    room.window.resize(1280, 720)
    speak(room, "Amara Okafor", 30)
    room.qtbot.wait(10)
    board = room.window.people
    for row in board.rows.values():
        assert board.rect().contains(row.geometry()), row.state.name


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WebAIM's AA grey
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        relative_luminance("red")


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_theme_text_passes_wcag_aa(theme):
    t = THEMES[theme]
    for what, (fg, bg) in t.text_pairs().items():
        assert contrast_ratio(fg, bg) >= AA_TEXT, what
    for what, (fg, bg) in t.graphic_pairs().items():
        assert contrast_ratio(fg, bg) >= AA_GRAPHICS, what


def test_group_labels_on_their_colours_pass_wcag_aa():
    for colour in PALETTE:
        assert contrast_ratio(ink_on(colour), colour) >= AA_TEXT, colour


def test_every_group_has_its_own_pattern_and_its_label_beside_its_colour(room):
    speak(room, "Amara Okafor", 30)
    rows = list(room.window.groups.rows.values())
    assert len({row.state.pattern for row in rows}) == len(rows)
    for row in rows:
        assert row.state.label and row.state.label in row.drawn_strings()


def test_bars_share_one_scale_a_little_above_the_largest_value():
    assert nice_scale([0.25, 0.33]) == pytest.approx(0.4)
    assert nice_scale([0.9]) == 1.0
    assert nice_scale([]) == pytest.approx(0.1)


# --- opening and closing ---------------------------------------------------------------

def test_escape_closes_the_screen(room):
    with room.qtbot.waitSignal(room.window.closed):
        room.qtbot.keyClick(room.window, Qt.Key.Key_Escape)
    assert not room.window.isVisible()


def test_with_one_screen_it_opens_as_a_normal_window(store, qtbot):
    _, mid = create_demo(store)
    qt = QtSession(MeetingSession(store, mid, FakeClock()))
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    window = show_participant_screen(qt, host)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert window.isVisible() and not window.isFullScreen()
    assert window.isWindow() and window is not host
    window.close()
    qt.stop()


def test_the_suggested_screen_is_not_the_facilitators():
    facilitator, wall = object(), object()
    assert default_screen_index([facilitator, wall], facilitator) == 1
    assert default_screen_index([wall, facilitator], facilitator) == 0
    assert default_screen_index([facilitator], facilitator) == 0


def test_the_participant_screen_has_no_unnamed_control(room, gui):
    gui.assert_accessible(room.window)
