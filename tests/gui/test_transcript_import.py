"""Meeting → Import transcript…: each name in an online meeting's transcript given to a
person in the mapping dialog, through its real widgets and keys, before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprodesk.domain.model import Role
from coprodesk.store import meetings as repo
from tests.importers.transcript_files import write, zoom_vtt

LEFT = Qt.MouseButton.LeftButton
CUES = [(0, 4000, "maria.ortega", "Hello."),
        (3000, 9000, "Maria Ortega (iPhone)", "Can you hear me now?"),  # her phone
        (9200, 12000, "JO SMITH", "Yes."),
        (12000, 15000, "Mum's iPad", "Me too."),
        (15000, 17000, "Kwame Mensah", "Hi all."),
        (17000, 18000, "Kwame Mensah", "[inaudible]")]


def planned(store) -> int:
    mid = repo.create_meeting(store, "Carers forum", now_ms=1_780_000_000_000)
    groups = {g.name: g.id for g in repo.load_meeting(store, mid).groups}
    for name, group in (("María Ortega", "Carer / family"), ("Jo Smith", "Practitioner"),
                        ("Amir Haddad", "Lived experience")):
        repo.add_participant(store, mid, name, groups[group], Role.PARTICIPANT)
    return mid


def open_dialog(qtbot, gui, store, tmp_path):
    mid = planned(store)
    window = gui.window(store)
    window.open_meeting(mid)
    window.import_transcript(write(tmp_path / "forum.vtt", zoom_vtt(CUES)))
    dialog = window.transcript_dialog
    qtbot.waitExposed(dialog)
    return mid, window, dialog


def floor_by_name(store, mid: int) -> dict[str, int]:
    meeting = repo.load_meeting(store, mid)
    names = {p.id: p.name for p in meeting.participants}
    out: dict[str, int] = {}
    for t in meeting.turns:
        out[names[t.participant_id]] = out.get(names[t.participant_id], 0) + t.end_ms - t.start_ms
    return out


def test_unmapped_names_refuse_the_import_until_each_has_a_person(qtbot, gui, store, tmp_path):
    mid, _window, dialog = open_dialog(qtbot, gui, store, tmp_path)
    assert dialog.missing() == ["Mum's iPad", "Kwame Mensah"]
    assert not dialog.import_button.isEnabled()
    assert dialog.ui.statusLabel.text() == ("Not imported until every name has a person; "
                                            "still to choose: “Mum's iPad”, “Kwame Mensah”.")
    assert dialog.notes["Mum's iPad"].text() == "Matches nobody in the meeting: choose a person."
    # Enter on the dialog does not import either
    qtbot.keyClick(dialog.combos["Mum's iPad"], Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert repo.load_meeting(store, mid).turns == ()
    # Escape: nothing written
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert repo.load_meeting(store, mid).turns == ()
    gui.assert_accessible(dialog)


def test_a_name_mapped_by_keys_and_a_new_person_then_import(qtbot, gui, store, tmp_path):
    mid, window, dialog = open_dialog(qtbot, gui, store, tmp_path)
    ipad = dialog.combos["Mum's iPad"]
    ipad.setFocus()
    qtbot.keyClick(ipad, Qt.Key.Key_Down)  # from "— choose a person —" to the first person
    assert ipad.currentText() == "María Ortega"
    kwame = dialog.combos["Kwame Mensah"]
    kwame.setFocus()
    qtbot.keyClick(kwame, Qt.Key.Key_End)  # the last choice: a new person
    assert kwame.currentText() == "New person (Unassigned)"
    assert dialog.import_button.isEnabled()
    assert dialog.ui.statusLabel.text() == "Every name has a person."
    assert dialog.notes["Mum's iPad"].text() == (
        "Chosen by you. One voice with “maria.ortega”, “Maria Ortega (iPhone)” (two devices "
        "of one person).")
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # the laptop (0-4 s) and the phone (3-9 s) are one voice: 9.2 s with the short silence,
    # and the iPad's 3 s; Kwame's "[inaudible]" is credited to nobody
    assert floor_by_name(store, mid) == {"María Ortega": 12_200, "Jo Smith": 2_800,
                                         "Kwame Mensah": 2_000}
    meeting = repo.load_meeting(store, mid)
    groups = {g.id: g.name for g in meeting.groups}
    assert {p.name: groups[p.group_id] for p in meeting.participants}["Kwame Mensah"] == \
        "Unassigned"
    assert window.statusBar().currentMessage() == (
        "Imported from the transcript: turns: 4; new people: 1.")
    # the editor shows the new person
    assert "Kwame Mensah" in [p.name for p in window.editor.meeting.participants]


def test_two_devices_of_one_person_are_shown_as_one_voice(qtbot, gui, store, tmp_path):
    _mid, _window, dialog = open_dialog(qtbot, gui, store, tmp_path)
    assert dialog.combos["maria.ortega"].currentText() == "María Ortega"
    assert dialog.combos["Maria Ortega (iPhone)"].currentText() == "María Ortega"
    assert dialog.notes["maria.ortega"].text() == (
        "Matched: pronouns or suffix left out. One voice with “Maria Ortega (iPhone)” (two "
        "devices of one person).")
    assert dialog.notes["JO SMITH"].text() == "Matched: case or accents differ."
    assert dialog.ui.summaryLabel.text() == (
        "“forum.vtt”: cues: 6; names: 5; into “Carers forum”. Not credited to anyone: cues "
        "without a speaker: 0; cues with only a note such as [inaudible]: 1.")


def test_a_bad_transcript_is_refused_in_one_line(qtbot, gui, store, tmp_path):
    mid = planned(store)
    window = gui.window(store)
    window.open_meeting(mid)
    bad = write(tmp_path / "bad.vtt", "WEBVTT\n\n00:00:05.000 --> 00:00:01.000\n<v Jo>a</v>\n")
    window.import_transcript(bad)
    assert gui.problem_shown(window) == ("bad.vtt line 3: the cue ends (00:00:01.000) before "
                                         "it starts (00:00:05.000)")
    assert repo.load_meeting(store, mid).turns == ()
