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


def import_file(parent: QWidget, store: Store, path: Path,
                replaced: Callable[[int], None] | None = None) -> int | None:
    """Import ``path``; asks on a conflict. Returns the new meeting id, None when cancelled;
    ``replaced`` hears the id of a meeting the import replaced (its undo history must go).
    Raises PortableError (with every problem) when the file is refused."""
    from coprodesk.portable.importer import MeetingExists, import_meeting, read_meeting_file

    doc = read_meeting_file(path)
    try:
        return import_meeting(store, doc, "fail", str(path), checked=True).meeting_id
    except MeetingExists as exists:
        box = ConflictBox(doc["meeting"]["title"], parent)
        parent.conflict_box = box  # reachable for tests and for the window
        box.exec()
        choice = box.choice()
        if choice == "fail":
            return None
        new_id = import_meeting(store, doc, choice, str(path), checked=True).meeting_id
        if choice == "replace" and replaced is not None:
            replaced(exists.meeting_id)
        return new_id
