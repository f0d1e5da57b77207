"""File → Trusted people…: the colleagues whose certificates this person trusts (the list
``verify`` uses by default): add one from a file, see it, remove it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from coprodesk.gui.rows_model import RowsModel
from coprodesk.gui.signing.identity import shown_path
from coprodesk.gui.signing.messages import hide_empty, say


def short_fingerprint(fingerprint: str) -> str:
    """The first 8 bytes, grouped as people read them out over the phone: ``3F:2A:…``."""
    pairs = [fingerprint[i:i + 2].upper() for i in range(0, min(len(fingerprint), 16), 2)]
    return ":".join(pairs) + ("…" if len(fingerprint) > 16 else "")


class TrustedPeopleModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("TrustedPeopleModel", "Name"),
               QT_TRANSLATE_NOOP("TrustedPeopleModel", "E-mail"),
               QT_TRANSLATE_NOOP("TrustedPeopleModel", "Fingerprint (SHA-256)"),
               QT_TRANSLATE_NOOP("TrustedPeopleModel", "Valid until"))

    def cell(self, person, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return person.fingerprint
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 2:
            return self.tr("fingerprint starting %1").replace(
                "%1", " ".join(person.fingerprint[:16]))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return (person.name, person.email, short_fingerprint(person.fingerprint),
                person.not_after)[column]


class TrustedPeopleDialog(QDialog):
    """The trust list on disk, shown and changed through ``coprodesk.minutes.trust``."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        from coprodesk.gui.forms.ui_trusted_people import Ui_TrustedPeopleDialog

        self.ui = Ui_TrustedPeopleDialog()
        self.ui.setupUi(self)
        self.folder = folder
        self.model = TrustedPeopleModel(self)
        view = self.ui.peopleView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view.verticalHeader().hide()
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.addButton.clicked.connect(self._choose_file)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.buttons.rejected.connect(self.reject)
        hide_empty(self.ui.problemLabel, self.ui.doneLabel)
        self.refresh()

    def refresh(self) -> None:
        from coprodesk.minutes.trust import TrustError, list_trusted, trust_dir

        try:
            where = self.folder or trust_dir()
            people = list_trusted(self.folder)
        except TrustError as exc:
            self.model.set_rows([])
            self._problem(str(exc))
            return
        self.model.set_rows(people)
        self.ui.whereLabel.setText(self.tr("Kept in %1").replace("%1", shown_path(where)))
        if not people:
            self._done(self.tr("Nobody yet: add a colleague's certificate."))
        self._selection_changed()

    def _selection_changed(self, *_args) -> None:
        self.ui.removeButton.setEnabled(bool(self.ui.peopleView.selectionModel().selectedRows()))

    def _problem(self, text: str) -> None:
        say(self.ui.problemLabel, text, self.ui.doneLabel)

    def _done(self, text: str) -> None:
        say(self.ui.doneLabel, text, self.ui.problemLabel)

    def add(self, cert_file: Path) -> bool:
        """Trust the certificate in ``cert_file``; a bad file is one line here, nothing kept."""
        from coprodesk.minutes.trust import TrustError, add_trusted

        try:
            person = add_trusted(cert_file, self.folder)
        except TrustError as exc:
            self._problem(str(exc))
            return False
        self.refresh()
        for n, p in enumerate(self.model.rows):
            if p.fingerprint == person.fingerprint:
                self.ui.peopleView.selectRow(n)
        self._done(self.tr("%1 is trusted now. Check the fingerprint with them: %2")
                   .replace("%1", person.name or person.email)
                   .replace("%2", short_fingerprint(person.fingerprint)))
        return True

    def remove_selected(self) -> bool:
        from coprodesk.minutes.trust import TrustError, remove_trusted

        rows = self.ui.peopleView.selectionModel().selectedRows()
        if not rows:
            return False
        person = self.model.rows[rows[0].row()]
        try:
            remove_trusted(person.fingerprint, self.folder)
        except TrustError as exc:
            self._problem(str(exc))
            return False
        self.refresh()
        self._done(self.tr("%1 is no longer trusted.").replace("%1", person.name or person.email))
        return True

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate to trust"),
                                              str(Path.home()),
                                              self.tr("Certificates (*.pem *.crt *.cer *.der)"))
        if path:
            self.add(Path(path))
