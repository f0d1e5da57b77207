"""File → Export meeting… / Import meeting…: whole meetings as portable JSON files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coprodesk.store.connection import Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("portable", text)


# lupdate reads translate("Context", "literal") calls; _tr is for texts held elsewhere
translate = QCoreApplication.translate


def choose_export_path(parent: QWidget, store: Store, meeting_id: int) -> Path | None:
    from coprodesk.minutes.export import file_name
    from coprodesk.store.meetings import load_meeting

    m = load_meeting(store, meeting_id)
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("portable",
                          "Export meeting"), str(Path.home() / file_name(m.date, m.title, m.id, ".json")),
        translate("portable", "CoProDesk meeting (*.json)"))
    return Path(path) if path else None


def export_meeting(store: Store, meeting_id: int, path: Path) -> None:
    from coprodesk.portable.export import write_meeting_json

    write_meeting_json(store, meeting_id, path)


class ConflictBox(QMessageBox):
    """The meeting is already here: replace it, keep both, or cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Question, translate("portable", "Meeting already here"),
                         translate("portable",
                                   "“%1” is already in this database.").replace("%1", title), parent=parent)
        self.setInformativeText(translate("portable",
                                          "Replace it with the file, keep both (the imported one gets "
                                    "a new identity), or cancel?"))
        self.replace = self.addButton(translate("portable",
                                                "&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        self.copy = self.addButton(translate("portable", "&Keep both"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel)

    def choice(self) -> str:
        clicked = self.clickedButton()
        return "replace" if clicked is self.replace else "copy" if clicked is self.copy else "fail"


class MinutesQuestion(QMessageBox):
    """The file says its minutes are signed: which signed PDF backs that, or import the
    meeting without its signatures (closed, with a note), or cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Question, translate("portable", "Signed minutes"),
                         translate("portable", "“%1” says its minutes are signed.")
                         .replace("%1", title), parent=parent)
        self.setInformativeText(translate(
            "portable", "Its signatures are kept only with the signed minutes they are for, "
                        "checked here. Choose that PDF, or import the meeting as closed with "
                        "the note “signed elsewhere, not checked here”."))
        self.choose = self.addButton(translate("portable", "&Choose the signed PDF…"),
                                     QMessageBox.ButtonRole.AcceptRole)
        self.without = self.addButton(translate("portable", "Import &without them"),
                                      QMessageBox.ButtonRole.ActionRole)
        self.cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.choose)
        self.setEscapeButton(self.cancel)


def claims_signatures(doc: dict) -> bool:
    return doc["meeting"].get("status") == "signed" or bool(doc.get("signatures"))


def _minutes_for(parent: QWidget, doc: dict, path: Path) -> tuple[frozenset[str], str] | None:
    """Ask for the signed PDF a file's signatures are for, and check it: (the SHA-256 of
    its certified revision when it verifies, why not otherwise); None when cancelled."""
    box = MinutesQuestion(doc["meeting"]["title"], parent)
    parent.minutes_box = box  # reachable for tests and for the window
    box.exec()
    if box.clickedButton() is box.without:
        return frozenset(), ""
    if box.clickedButton() is not box.choose:
        return None
    pdf, _ = QFileDialog.getOpenFileName(parent, translate("portable", "Signed minutes"),
                                         str(path.parent), translate("portable", "PDF (*.pdf)"))
    if not pdf:
        return None
    from coprodesk.minutes.signed_files import certified_revision

    sha, why = certified_revision(Path(pdf))
    return (frozenset({sha}) if sha else frozenset()), why


def signature_words(result, why: str) -> str:
    """What became of the signatures a file claimed, in a line (empty: nothing to say)."""
    if result.signed:
        return ""
    if not (result.unsigned or result.not_checked):
        return ""
    line = translate("portable", "“%1” arrived closed, not signed: its signatures were not "
                                 "checked here, and a note says so.").replace("%1", result.title)
    return f"{line} {why}" if why else line


def import_file(parent: QWidget, store: Store, path: Path,
                replaced: Callable[[int], None] | None = None):
    """Import ``path``; asks for the signed minutes when the file claims signatures, and on
    a conflict. Returns (the import's result, a line on its signatures or ""), None when
    cancelled; ``replaced`` hears the id of a meeting the import replaced (its undo
    history must go). Raises PortableError (with every problem) when the file is refused."""
    from coprodesk.portable.importer import MeetingExists, import_meeting, read_meeting_file

    doc = read_meeting_file(path)
    verified, why = frozenset(), ""
    if claims_signatures(doc):
        checked = _minutes_for(parent, doc, path)
        if checked is None:
            return None
        verified, why = checked
    try:
        result = import_meeting(store, doc, "fail", str(path), checked=True, verified=verified)
    except MeetingExists as exists:
        box = ConflictBox(doc["meeting"]["title"], parent)
        parent.conflict_box = box  # reachable for tests and for the window
        box.exec()
        choice = box.choice()
        if choice == "fail":
            return None
        result = import_meeting(store, doc, choice, str(path), checked=True, verified=verified)
        if choice == "replace" and replaced is not None:
            replaced(exists.meeting_id)
    return result, signature_words(result, why)
