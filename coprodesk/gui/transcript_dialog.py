"""Meeting → Import transcript…: a transcript's names given to the meeting's people.

One row per name in the transcript: the name, how much it spoke, and a person chosen from
the meeting's people (matched ones chosen already: exact, loose, stripped; see
``domain.name_matching``), or *New person*. Two names given one person are one voice (a
laptop and a phone) and the row says so. Import stays refused while a name has nobody,
and the dialog says which; nothing is written before it is accepted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from coprodesk.domain.model import Meeting
from coprodesk.domain.name_matching import How, Match, match_speakers

NEW_PERSON = "\x00new"
"""The combo's data for "New person" (no person's name can hold U+0000)."""


# lupdate reads translate("Context", "literal") calls
translate = QCoreApplication.translate


def _duration(ms: int) -> str:
    seconds = round(ms / 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


class TranscriptMappingDialog(QDialog):
    def __init__(self, transcript, meeting: Meeting, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coprodesk.gui.forms.ui_transcript_mapping import Ui_TranscriptMappingDialog

        self.ui = Ui_TranscriptMappingDialog()
        self.ui.setupUi(self)
        self.transcript = transcript
        self.import_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        people = [p.name for p in meeting.participants]
        speech = transcript.speech_ms()
        self.combos: dict[str, QComboBox] = {}
        self.notes: dict[str, QLabel] = {}
        self._how: dict[str, Match] = {}
        self.ui.summaryLabel.setText(self._summary(file_name, meeting.title))
        for match in match_speakers(transcript.speakers(), people):
            self._add_row(match, people, speech[match.speaker])
        self._update()

    def _summary(self, file_name: str, title: str) -> str:
        t = self.transcript
        text = (self.tr("“%1”: cues: %2; names: %3; into “%4”.").replace("%1", file_name)
                .replace("%2", str(t.cues)).replace("%3", str(len(t.speakers())))
                .replace("%4", title))
        if t.unattributed.cues or t.not_speech.cues:
            text += " " + (self.tr("Not credited to anyone: cues without a speaker: %1; cues "
                                   "with only a note such as [inaudible]: %2.")
                           .replace("%1", str(t.unattributed.cues))
                           .replace("%2", str(t.not_speech.cues)))
        return text

    def _add_row(self, match: Match, people: list[str], speech_ms: int) -> None:
        combo = QComboBox(self.ui.rowsWidget)
        combo.addItem(self.tr("— choose a person —"), None)
        for person in people:
            combo.addItem(person, person)
        combo.addItem(self.tr("New person (Unassigned)"), NEW_PERSON)
        if match.person is not None:
            combo.setCurrentIndex(combo.findData(match.person))
        combo.setAccessibleName(self.tr("Person for “%1”").replace("%1", match.speaker))
        note = QLabel(self.ui.rowsWidget)
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("About “%1”").replace("%1", match.speaker))
        label = QLabel(self.tr("“%1” (%2 of speech)").replace("%1", match.speaker)
                       .replace("%2", _duration(speech_ms)), self.ui.rowsWidget)
        label.setBuddy(combo)
        self.ui.rows.addRow(label, combo)
        self.ui.rows.addRow("", note)
        self.combos[match.speaker] = combo
        self.notes[match.speaker] = note
        self._how[match.speaker] = match
        combo.currentIndexChanged.connect(self._update)

    def person_of(self) -> dict[str, str | None]:
        """Each name's person as chosen now (the name itself for a new person; None: nobody)."""
        out: dict[str, str | None] = {}
        for speaker, combo in self.combos.items():
            data = combo.currentData()
            out[speaker] = speaker if data == NEW_PERSON else data
        return out

    def missing(self) -> list[str]:
        return [s for s, person in self.person_of().items() if person is None]

    def _note(self, speaker: str, person: str | None, merged: list[str]) -> str:
        match = self._how[speaker]
        if person is None:
            if match.ambiguous:
                return self.tr("Matches %1 equally: choose one.").replace(
                    "%1", ", ".join(match.ambiguous))
            return self.tr("Matches nobody in the meeting: choose a person.")
        if person != match.person:
            words = self.tr("Chosen by you.")
        else:
            words = {How.EXACT: self.tr("The same name."),
                     How.LOOSE: self.tr("Matched: case or accents differ."),
                     How.STRIPPED: self.tr("Matched: pronouns or suffix left out.")}.get(
                match.how, "")
        others = [m for m in merged if m != speaker]
        if others:
            words += " " + self.tr("One voice with %1 (two devices of one person).").replace(
                "%1", ", ".join(f"“{o}”" for o in others))
        return words

    def _update(self) -> None:
        chosen = self.person_of()
        by_person: dict[str, list[str]] = {}
        for speaker, person in chosen.items():
            if person is not None:
                by_person.setdefault(person, []).append(speaker)
        for speaker, person in chosen.items():
            self.notes[speaker].setText(self._note(speaker, person,
                                                   by_person.get(person, []) if person else []))
        missing = self.missing()
        self.import_button.setEnabled(not missing)
        if missing:
            self.ui.statusLabel.setText(
                self.tr("Not imported until every name has a person; still to choose: %1.")
                .replace("%1", ", ".join(f"“{s}”" for s in missing)))
        else:
            self.ui.statusLabel.setText(self.tr("Every name has a person."))

    def accept(self) -> None:
        if self.missing():  # refused: Enter on a disabled Import does nothing either
            self._update()
            return
        super().accept()


def import_transcript(window, path: Path | None = None) -> None:
    """Meeting → Import transcript… into the window's current meeting: the file is read
    (a bad one is refused in one line), then the mapping dialog is opened; its Import
    writes the floor, new people in Unassigned."""
    from PySide6.QtWidgets import QFileDialog

    from coprodesk.importers.transcripts import read_transcript
    from coprodesk.importers.turns import TurnImportError
    from coprodesk.store.errors import StoreError
    from coprodesk.store.meetings import load_meeting

    meeting_id = window.current_meeting_id()
    if meeting_id is None:
        return
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window, translate("TranscriptMappingDialog", "Import transcript"), "",
            translate("TranscriptMappingDialog", "Transcripts of online meetings (*.vtt *.srt)"))
        if not chosen:
            return
        path = Path(chosen)
    try:
        transcript = read_transcript(Path(path))
        meeting = load_meeting(window.store, meeting_id)
    except TurnImportError as exc:
        window.show_problem(str(exc))
        return
    except OSError as exc:
        window.show_problem(f"{Path(path).name}: {exc.strerror}")
        return
    except StoreError as exc:
        window.show_problem(exc.message)
        return
    dialog = TranscriptMappingDialog(transcript, meeting, Path(path).name, window)
    window.transcript_dialog = dialog  # reachable for tests
    dialog.accepted.connect(lambda: _write(window, meeting_id, transcript, dialog.person_of()))
    dialog.open()


def _write(window, meeting_id: int, transcript, person_of: dict[str, str | None]) -> None:
    import time

    from coprodesk.store.errors import StoreError
    from coprodesk.store.turn_import import import_into_meeting

    floor = transcript.floor_as({s: p for s, p in person_of.items() if p is not None})
    try:
        _, turns, new = import_into_meeting(window.store, floor, meeting_ref=str(meeting_id),
                                            now_ms=int(time.time() * 1000))
    except StoreError as exc:
        window.show_problem(exc.message)
        return
    window.editing.notify(meeting_id)
    window.statusBar().showMessage(
        translate("TranscriptMappingDialog",
                  "Imported from the transcript: turns: %1; new people: %2.")
        .replace("%1", str(turns)).replace("%2", str(new)), 10000)
