"""File → Archive…: this database's meetings into the organisation's archive folder, signed
minutes added to it, and the whole folder checked (the same work as ``coprodesk archive``;
docs/archive.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprodesk.gui import settings_keys
from coprodesk.gui.announce import announce
from coprodesk.store.connection import Store


class ArchiveDialog(QDialog):
    """Choose the archive folder; Archive, Add signed minutes…, Check; what was done below."""

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.setWindowTitle(self.tr("Archive"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The organisation's archive: one folder that every laptop fills with its closed "
            "meetings (meeting file, report, minutes, easy-read), with a manifest that says "
            "what it holds. A second run writes only what changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        label = QLabel(self.tr("Archive &folder:"))
        self.folder_edit = QLineEdit(str(settings.value(settings_keys.ARCHIVE_FOLDER, "") or ""))
        self.folder_edit.setAccessibleName(self.tr("Archive folder"))
        label.setBuddy(self.folder_edit)
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the archive folder"))
        row.addWidget(label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.archive_button = QPushButton(self.tr("&Archive this database's meetings"))
        self.add_button = QPushButton(self.tr("A&dd signed minutes…"))
        self.check_button = QPushButton(self.tr("C&heck the archive"))
        for b in (self.archive_button, self.add_button, self.check_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Meetings archived"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setTabChangesFocus(True)
        self.output.setAccessibleName(self.tr("What was done"))
        layout.addWidget(self.output, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.choose_button.clicked.connect(self._choose)
        self.archive_button.clicked.connect(self.archive)
        self.add_button.clicked.connect(self._choose_pdfs)
        self.check_button.clicked.connect(self.check)
        self.archive_button.setDefault(True)
        self.resize(640, 420)

    # ------------------------------------------------------------------ helpers

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        if not text:
            self._say(self.tr("Choose the archive folder first."))
            return None
        self.settings.setValue(settings_keys.ARCHIVE_FOLDER, text)
        return Path(text)

    def _say(self, text: str) -> None:
        self.output.setPlainText(text)
        announce(self.output, text.splitlines()[-1] if text else text)

    def _busy(self, busy: bool) -> None:
        for b in (self.archive_button, self.add_button, self.check_button, self.choose_button):
            b.setEnabled(not busy)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Archive folder"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _choose_pdfs(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add signed minutes"), "",
                                                self.tr("Signed minutes (*.pdf)"))
        if files:
            self.add([Path(f) for f in files])

    # ------------------------------------------------------------------ the work

    def archive(self) -> None:
        from coprodesk.archive.archiving import archive_database
        from coprodesk.archive.manifest import ArchiveError

        root = self.folder()
        if root is None:
            return
        self._busy(True)
        self.progress.show()

        def progress(n: int, total: int, _title: str) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(n)
            QCoreApplication.processEvents()

        try:
            run = archive_database(self.store, root, progress=progress)
        except ArchiveError as exc:
            self._say(str(exc))
            return
        finally:
            self._busy(False)
            self.progress.hide()
        lines = [self.tr("Written: %1").replace("%1", f) for f in run.written]
        lines += [self.tr("Written again (now signed): %1").replace("%1", f) for f in run.updated]
        lines += [self.tr("Already there from another laptop: %1").replace("%1", f)
                  for f in run.held_elsewhere]
        lines += [self.tr("Superseded, kept as %1").replace("%1", kept) for _old, kept in run.superseded]
        lines += [self.tr("Different versions on different laptops, both kept: %1")
                  .replace("%1", " | ".join(folders)) for _title, folders in run.different_versions]
        lines += [self.tr("Failed: %1: %2").replace("%1", t).replace("%2", why)
                  for t, why in run.failed]
        lines.append(self.tr("%1 written, %2 unchanged, %3 failed.")
                     .replace("%1", str(len(run.written) + len(run.updated)))
                     .replace("%2", str(len(run.unchanged))).replace("%3", str(len(run.failed))))
        self._say("\n".join(lines))

    def add(self, files: list[Path]) -> None:
        from coprodesk.archive.adding import add_pdfs
        from coprodesk.archive.manifest import ArchiveError
        from coprodesk.store.identity import database_id

        root = self.folder()
        if root is None:
            return
        try:
            done = add_pdfs(root, files, database_id(self.store))
        except ArchiveError as exc:
            self._say(str(exc))
            return
        words = {"added": self.tr("Added"), "replaced": self.tr("Replaced its earlier copy"),
                 "kept beside": self.tr("Kept beside another copy"),
                 "already archived": self.tr("Already in the archive")}
        lines = []
        for a in done:
            if a.refused:
                lines.append(self.tr("Refused: %1: %2").replace("%1", a.source.name)
                             .replace("%2", a.reason))
            else:
                lines.append(f"{words[a.outcome]}: {a.source.name} → {a.where}")
        self._say("\n".join(lines))

    def check(self) -> None:
        from coprodesk.archive.check import check_archive
        from coprodesk.archive.manifest import ArchiveError

        root = self.folder()
        if root is None:
            return
        try:
            result = check_archive(root)
        except ArchiveError as exc:
            self._say(str(exc))
            return
        lines = [self.tr("Changed: %1").replace("%1", f) for f in result.changed]
        lines += [self.tr("Missing: %1").replace("%1", f) for f in result.missing]
        lines += [self.tr("Extra (in no manifest): %1").replace("%1", f) for f in result.extra]
        lines += [self.tr("Fails verification: %1: %2").replace("%1", f).replace("%2", why)
                  for f, why in result.failing]
        lines += [self.tr("Signed by someone on no trust list: %1: %2").replace("%1", f)
                  .replace("%2", who) for f, who in result.untrusted]
        if result.exit_code == 0:
            verdict = self.tr("All %1 files hold.").replace("%1", str(result.checked))
        elif result.exit_code == 3:
            verdict = self.tr("All files hold, but a signer is on no trust list.")
        else:
            verdict = self.tr("Problems found: each is named above.")
        self._say("\n".join([*lines, verdict]))
