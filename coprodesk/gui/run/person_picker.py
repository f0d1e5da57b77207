"""Ctrl+F in the run view: find anyone by name, then give them the floor or a hand.

Digits reach tiles 1 to 10 only; a facilitator who cannot use the mouse (or a room of 24)
needs everyone else too. A small box over the run view filters people as a name is typed;
Enter gives the floor, Shift+Enter raises or lowers the hand, the Menu key (or Shift+F10)
opens the same menu as a right-click on the tile (clarification, point of order, gone /
arrived), Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from coprodesk.gui.announce import announce

PID_ROLE = Qt.ItemDataRole.UserRole + 1
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PersonPicker(QFrame):
    floor_requested = Signal(int)
    hand_requested = Signal(int)
    menu_requested = Signal(int, QPoint)  # participant, where the menu opens (global)
    OWN_KEYS = ((Qt.KeyboardModifier.NoModifier, Qt.Key.Key_Escape),)  # Esc closes the box

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("personPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Find a person"))
        layout = QVBoxLayout(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("personFindEdit")
        self.edit.setAccessibleName(self.tr("Name of the person"))
        self.edit.setPlaceholderText(self.tr("Type a name"))
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setObjectName("personFoundList")
        self.list.setAccessibleName(self.tr("People found"))
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.hint = QLabel(self.tr("Enter: give the floor · Shift+Enter: raise or lower the hand · "
                                   "Menu key: clarification, point of order, gone / arrived · "
                                   "Esc: close"), self)
        self.hint.setWordWrap(True)
        for w in (self.edit, self.list, self.hint):
            layout.addWidget(w)
        self.edit.textChanged.connect(self._filter)
        self.hide()

    def open(self, people: list[tuple[int, str]]) -> None:
        """Show the box over the view with ``people`` (id, shown words) and the focus in it."""
        self.model.clear()
        for pid, words in people:
            item = QStandardItem(words)
            item.setData(pid, PID_ROLE)
            self.model.appendRow(item)
        self.edit.clear()
        self._filter("")
        parent = self.parentWidget()
        width = min(420, parent.width() - 40)
        self.setGeometry((parent.width() - width) // 2, 40, width, min(360, parent.height() - 80))
        self.show()
        self.raise_()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_box(self) -> None:
        self.hide()
        self.parentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> int | None:
        ix = self.list.currentIndex()
        return ix.data(PID_ROLE) if ix.isValid() else None

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        n = self.proxy.rowCount()
        if n:
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        if text.strip():  # what the typing found, said (the list is out of the focus's way)
            first = self.proxy.index(0, 0).data() if n else ""
            announce(self.list, self.tr("Nobody found") if not n else
                     self.tr("1 found: {first}").format(first=first) if n == 1 else
                     self.tr("{n} found, first {first}").format(n=n, first=first))

    def _move(self, step: int) -> None:
        n = self.proxy.rowCount()
        if n:
            row = (self.list.currentIndex().row() + step) % n
            self.list.setCurrentIndex(self.proxy.index(row, 0))

    def keyPressEvent(self, event) -> None:
        """The box's keys, from its name field or its list (neither takes them): Esc closes,
        Up and Down move in the list, Enter gives the floor, Shift+Enter the hand, the Menu
        key (Shift+F10) the person's menu."""
        if not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event) -> bool:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Escape:
            self.close_box()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._move(1 if key == Qt.Key.Key_Down else -1)
            return True
        pid = self.chosen()
        if key in ENTER and pid is not None:
            self.close_box()
            (self.hand_requested if mods == Qt.KeyboardModifier.ShiftModifier
             else self.floor_requested).emit(pid)
            return True
        if pid is not None and (key == Qt.Key.Key_Menu or (
                key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier)):
            rect = self.list.visualRect(self.list.currentIndex())
            where = self.list.viewport().mapToGlobal(rect.bottomLeft())
            self.close_box()
            self.menu_requested.emit(pid, where)
            return True
        return False
