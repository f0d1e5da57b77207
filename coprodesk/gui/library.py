"""The meetings library: a sortable, searchable table of meetings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from coprodesk.gui.forms.ui_library import Ui_LibraryPage
from coprodesk.gui.inner_names import name_inner_parts
from coprodesk.gui.labels import status_name
from coprodesk.gui.rows_model import RowsModel
from coprodesk.store.library import MeetingSummary

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the meeting's id (UserRole + 1: ROW_ROLE)


class MeetingsModel(RowsModel):
    DATE, TITLE, SERIES, STATUS, PEOPLE, DECISIONS = range(6)
    FIGURES = frozenset({PEOPLE, DECISIONS})
    HEADERS = (QT_TRANSLATE_NOOP("MeetingsModel", "Date"), QT_TRANSLATE_NOOP("MeetingsModel", "Title"),
               QT_TRANSLATE_NOOP("MeetingsModel", "Series"),
               QT_TRANSLATE_NOOP("MeetingsModel", "Status"),
               QT_TRANSLATE_NOOP("MeetingsModel", "People"),
               QT_TRANSLATE_NOOP("MeetingsModel", "Decisions"))

    @property
    def meetings(self) -> list[MeetingSummary]:
        return self.rows

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        self.set_rows(meetings)

    def cell(self, m: MeetingSummary, col: int, role: int) -> Any:
        if role == ID_ROLE:
            return m.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (m.date or "—", m.title, m.series, status_name(m.status), str(m.people),
                    str(m.decisions))[col]
        if role == SORT_ROLE:  # a series sorts by name, then date within it
            return (m.date, m.title.lower(), f"{m.series.lower()}\x00{m.date}",
                    list(type(m.status)).index(m.status), m.people, m.decisions)[col]
        return None


class MeetingsFilter(QSortFilterProxyModel):
    """Sorts by the model's sort keys; the search matches title, date, status or series."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._needle = ""

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self._needle = text.strip().lower()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = text.strip().lower()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        m = self.sourceModel().meetings[row]
        hay = " ".join((m.title, m.date, status_name(m.status), m.status.value, m.series)).lower()
        return all(word in hay for word in self._needle.split())


class LibraryPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LibraryPage()
        self.ui.setupUi(self)
        name_inner_parts(self)  # Qt's own parts: date fields, clear and corner buttons
        self.model = MeetingsModel(self)
        self.proxy = MeetingsFilter(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.meetingsView
        view.setModel(self.proxy)
        view.sortByColumn(MeetingsModel.DATE, Qt.SortOrder.DescendingOrder)
        # sorting by key: the Menu key or Shift+F10 opens "Sort by" (built on first use)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.open_sort_menu)
        for keys in (QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")):
            QShortcut(keys, view, self.open_sort_menu, context=Qt.ShortcutContext.WidgetShortcut)
        view.setAccessibleDescription(self.tr("Menu key or Shift+F10: sort by a column"))
        self.sort_menu = None
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeetingsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setVisible(False)
        self.ui.heading.setObjectName("heading")
        self.ui.searchEdit.textChanged.connect(self.proxy.set_search)
        view.doubleClicked.connect(lambda _i: self._emit(self.open_requested))
        view.activated.connect(lambda _i: self._emit(self.open_requested))
        self.ui.openButton.clicked.connect(lambda: self._emit(self.open_requested))
        self.ui.newButton.clicked.connect(self.new_requested)
        self.ui.duplicateButton.clicked.connect(lambda: self._emit(self.duplicate_requested))
        self.ui.deleteButton.clicked.connect(lambda: self._emit(self.delete_requested))
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def open_sort_menu(self, pos=None) -> None:
        """The table's "Sort by" menu (the keyboard's way to what a header click does)."""
        from coprodesk.gui.sort_menu import show_sort_menu  # on first use, not at start

        self.sort_menu = show_sort_menu(self.ui.meetingsView, pos)

    def set_meetings(self, meetings: list[MeetingSummary], select: int | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        self.model.set_meetings(meetings)
        if keep is not None:
            self.select(keep)
        elif self.proxy.rowCount():
            self.ui.meetingsView.selectRow(0)
        self._update_buttons()

    def select(self, meeting_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == meeting_id:
                self.ui.meetingsView.selectRow(row)
                return

    def selected_id(self) -> int | None:
        rows = self.ui.meetingsView.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _emit(self, signal) -> None:
        mid = self.selected_id()
        if mid is not None:
            signal.emit(mid)

    def _update_buttons(self, *_args) -> None:
        has = self.selected_id() is not None
        for b in (self.ui.openButton, self.ui.duplicateButton, self.ui.deleteButton):
            b.setEnabled(has)
