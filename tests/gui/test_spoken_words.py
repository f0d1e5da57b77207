"""What a screen reader hears: every result a label shows, every change that matters.

A label that carries a result (a decision's outcome, JOINT / NOT JOINT, a check's verdict,
"done") is read by its text, never by a fixed name such as "Outcome"; an empty one is not
read out; a control's name contains the words it shows (voice control users say them).
Hands going up and down, a search's matches, a file written, an identity created and a
countersignature are announced (``gui/announce``); an outcome is "so far" until everyone
present has a stance.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coprodesk.demo import create_demo
from coprodesk.gui.announce import announcer
from coprodesk.gui.translations import translations_folder

from .a11y import unheard
from .test_languages import Reader, walk_everything, window_says_german

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def said():
    """Everything announced during the test, in order."""
    heard: list[str] = []
    slot = lambda _source, text: heard.append(text)  # noqa: E731
    announcer().said.connect(slot)
    yield heard
    announcer().said.disconnect(slot)


class Listener(Reader):
    """Walks every screen as a screen reader and voice control meet it (a11y.unheard)."""

    def __init__(self) -> None:
        super().__init__([])
        self.problems: dict[str, str] = {}

    def read(self, root, where: str) -> None:
        QApplication.processEvents()
        for problem in unheard(root):
            self.problems.setdefault(problem, where)


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_label_is_heard_as_it_reads_and_every_name_holds_its_visible_words(
        qtbot, store, tmp_path, language):
    app = QApplication.instance()
    translator = QTranslator(app)
    if language == "de":
        assert translator.load(str(translations_folder() / "coprodesk_de.qm"))
        app.installTranslator(translator)
    listener = Listener()
    try:
        walk_everything(qtbot, store, tmp_path, listener)
        assert window_says_german(app) == (language == "de")
    finally:
        app.removeTranslator(translator)
    assert not listener.problems, "\n".join(f"{where}: {p}" for p, where in
                                            listener.problems.items())


def name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


# --- the run view ----------------------------------------------------------------------------

def test_raising_and_lowering_a_hand_is_announced(run, said):
    view = run.view
    first, second = (run.session.meeting.participant(view.board.order[i]).name for i in (1, 2))
    run.qtbot.keyClick(view, Qt.Key.Key_2, SHIFT)
    assert said == [f"{first}: hand up, 1 in the queue"]
    run.qtbot.keyClick(view, Qt.Key.Key_3, SHIFT)
    assert said[-1] == f"{second}: hand up, 2 in the queue"
    run.qtbot.keyClick(view, Qt.Key.Key_2, SHIFT)
    assert said[-1] == f"{first}: hand down"
    said.clear()
    run.qtbot.keyClick(view, Qt.Key.Key_3)  # the floor to the one still waiting: that is said
    assert said[-1] == f"{second} has the floor" and f"{second}: hand down" not in said


def test_a_speakers_tile_says_their_turn_and_their_whole_time_only_when_it_differs(run):
    view = run.view
    tile = view.board.tiles[view.board.order[0]]
    run.qtbot.keyClick(view, Qt.Key.Key_1)
    run.clock.advance(30)
    run.qt.tick.emit()
    assert tile.accessibleName() == ("Amara Okafor, Lived experience, has the floor for less "
                                     "than a minute")
    run.clock.advance(100)
    run.qtbot.keyClick(view, Qt.Key.Key_2)
    run.qtbot.keyClick(view, Qt.Key.Key_1)
    run.qt.tick.emit()
    assert tile.accessibleName() == ("Amara Okafor, Lived experience, has the floor for less "
                                     "than a minute, 2 minutes in all")


def test_finding_a_person_says_whom_the_typing_found(run, said):
    view = run.view
    run.qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    assert said == []  # opening the box is heard through the focus, not announced
    run.qtbot.keyClicks(view.picker.edit, "Tom")
    assert said[-1].startswith("1 found: Tom Reilly"), said
    run.qtbot.keyClicks(view.picker.edit, "zz")
    assert said[-1] == "Nobody found"


def test_an_outcome_is_said_so_far_until_everyone_present_has_a_stance(run, said):
    run.qtbot.keyClick(run.view, Qt.Key.Key_D, CTRL)
    panel = run.view.decisions
    panel.new_decision("consensus", "Pilot in two surgeries")
    said.clear()
    panel.set_stance(0, "support")
    assert said[-2:] == ["Outcome so far: Agreed, not joint",
                         f"{panel.stances.rows[0].person.name}: support"]  # then the stance
    outcome, joint = panel.ui.outcomeLabel, panel.ui.jointLabel
    assert name(outcome).startswith("Outcome so far: Agreed") and name(outcome) == outcome.text()
    assert name(joint).startswith("✖ NOT JOINT") and name(joint) == joint.text()
    panel.everyone_supports()
    assert said[-1] == "Outcome now: Agreed, joint"
    assert name(outcome).startswith("Outcome: Agreed") and name(joint).startswith("✔ JOINT")


# --- files, identities and signatures ----------------------------------------------------------

def test_the_verify_dialogs_verdict_is_read_as_it_reads_and_said(gui, store, tmp_path, said):
    bogus = tmp_path / "not-minutes.pdf"
    bogus.write_text("no PDF here")
    window = gui.window(store)
    window.verify_minutes(bogus)
    verdict = window.verify_dialog.ui.verdictLabel
    assert name(verdict) == verdict.text() == "Cannot check this file: it is not a readable PDF."
    assert said[-1] == verdict.text()


def trust_identity_in_use(window, passphrase: bytes, folder) -> None:
    """Put the app's identity in use on the trust list, as a colleague's certificate."""
    from pathlib import Path

    from coprodesk.gui.signing.identity import SETTINGS_IDENTITY
    from coprodesk.minutes.signing import certificate_pem
    from coprodesk.minutes.trust import add_trusted

    pem = folder / "in-use.pem"
    pem.write_bytes(certificate_pem(Path(window.settings.value(SETTINGS_IDENTITY)), passphrase))
    add_trusted(pem)


def test_an_identity_created_minutes_written_and_a_countersignature_are_announced(
        qtbot, gui, store, tmp_path, said):
    closed, _planned = create_demo(store)
    window = gui.window(store)

    def identity(dialog, person: str, email: str) -> None:
        qtbot.waitExposed(dialog)
        for edit, text in ((dialog.ui.nameEdit, person), (dialog.ui.emailEdit, email),
                           (dialog.ui.passphraseEdit, "a-passphrase"),
                           (dialog.ui.againEdit, "a-passphrase")):
            gui.type_into(edit, text)
        qtbot.mouseClick(dialog.ui.createButton, LEFT)
        done = dialog.ui.doneLabel
        assert said[-1] == done.text() == name(done)
        assert said[-1].startswith(f"Created the signing identity of {person}")
        dialog.reject()

    window.ui.actionSigningIdentity.trigger()
    identity(window.identity_dialog, "Jo Fischer", "jo@example.org")
    window.open_meeting(closed)
    window.ui.actionExportMinutes.trigger()
    export = window.minutes_dialog
    qtbot.waitExposed(export)
    pdf = tmp_path / "minutes.pdf"
    gui.type_into(export.ui.fileEdit, str(pdf))
    qtbot.mouseClick(export.ui.certifyCheck, LEFT)
    gui.type_into(export.ui.passphraseEdit, "a-passphrase")
    qtbot.mouseClick(export.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: not export.isVisible(), timeout=20000)
    assert said[-1] == f"Minutes written to {pdf}"

    trust_identity_in_use(window, b"a-passphrase", tmp_path)  # Jo's colleagues trust Jo
    window.ui.actionSignMinutes.trigger()
    sign = window.sign_dialog
    qtbot.waitExposed(sign)
    gui.type_into(sign.ui.fileEdit, str(pdf), enter=True)  # (Enter also tries Sign: refused)
    verdict = sign.ui.verdictLabel
    assert verdict.text().startswith("Verified") and name(verdict) == verdict.text()
    assert verdict.text() in said
    qtbot.mouseClick(sign.ui.newIdentityButton, LEFT)
    identity(sign.identity_dialog, "Amara Okafor", "amara@example.org")
    gui.type_into(sign.ui.passphraseEdit, "a-passphrase")
    qtbot.mouseClick(sign.sign_button, LEFT)
    assert said[-1] == "Signed the box for Amara Okafor."
    assert name(verdict) == verdict.text() and verdict.text().startswith(said[-1])


def test_the_save_times_keep_their_names_and_are_said_at_most_once_a_minute(run, gui, store):
    """'Saved at 10:31' changes with every save: a screen reader hears it calmly, not a
    rename a second (the AT-SPI test counts renames)."""
    strip = run.view.strip
    t0 = run.clock.now_ms()
    strip.show_saved(t0)
    assert name(strip.saved) == "Save status" and strip.saved.accessibleDescription() == \
        strip.saved.text()
    first = strip.saved.text()
    strip.show_saved(t0 + 59_000)
    strip.show_saved(t0 + 59_500)
    assert strip.saved.accessibleDescription() == first  # a minute has not passed
    strip.show_saved(t0 + 120_000)
    assert strip.saved.accessibleDescription() == strip.saved.text() != first
    window = gui.window(store)
    assert name(window.saved_label) == "Save status"
