"""Sorting a table from the keyboard: the "Sort by" menu.

Why: a sortable table sorts by a click on a column header, which no key reaches. The table's
menu key (Menu, or Shift+F10) opens this menu at the current row instead: one entry per
column (the current one ticked; choosing it again turns the order round), then Ascending
and Descending. The mouse's right button opens the same menu. Built on first use only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QTableView

translate = QCoreApplication.translate  # lupdate reads translate("SortMenu", "literal")


def sort_menu(view: QTableView) -> QMenu:
    """The menu for ``view`` (its header's sort indicator says what is ticked)."""
    header = view.horizontalHeader()
    model = view.model()
    column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    menu = QMenu(translate("SortMenu", "Sort by"), view)
    menu.setAccessibleName(translate("SortMenu", "Sort by"))
    menu.setObjectName("sortMenu")
    columns = QActionGroup(menu)
    flipped = (Qt.SortOrder.DescendingOrder if order == Qt.SortOrder.AscendingOrder
               else Qt.SortOrder.AscendingOrder)  # the current column chosen again
    for c in range(model.columnCount()):
        if view.isColumnHidden(c):
            continue
        title = str(model.headerData(c, Qt.Orientation.Horizontal) or "").replace("&", "&&")
        action = menu.addAction(translate("SortMenu", "Sort by %1").replace("%1", title))
        action.setCheckable(True)
        action.setChecked(c == column)
        action.setActionGroup(columns)
        action.triggered.connect(
            lambda _on=False, c=c, o=(flipped if c == column else Qt.SortOrder.AscendingOrder):
            view.sortByColumn(c, o))
    menu.addSeparator()
    orders = QActionGroup(menu)
    for text, o in ((translate("SortMenu", "&Ascending"), Qt.SortOrder.AscendingOrder),
                    (translate("SortMenu", "&Descending"), Qt.SortOrder.DescendingOrder)):
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(o == order)
        action.setActionGroup(orders)
        action.triggered.connect(lambda _on=False, o=o: view.sortByColumn(
            view.horizontalHeader().sortIndicatorSection(), o))
    return menu


def show_sort_menu(view: QTableView, pos: QPoint | None = None) -> QMenu:
    """Open the menu at ``pos`` (viewport coordinates; None: under the current row, for the
    keyboard), its ticked column active so arrows and Enter choose at once."""
    if pos is None:
        rect = view.visualRect(view.currentIndex())
        pos = rect.bottomLeft() if rect.isValid() else QPoint(0, 0)
    menu = sort_menu(view)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(view.viewport().mapToGlobal(pos))
    ticked = next((a for a in menu.actions() if a.isChecked()), None)
    if ticked is not None:
        menu.setActiveAction(ticked)
    return menu


def sort_by_keys(view: QTableView, owner) -> None:
    """Give ``view`` its "Sort by" menu: on the Menu key, Shift+F10 and the right button;
    ``owner.sort_menu`` is the menu last opened. A screen reader hears how."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def open_menu(pos: QPoint | None = None) -> None:
        owner.sort_menu = show_sort_menu(view, pos)

    view.customContextMenuRequested.connect(open_menu)
    for keys in (QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")):
        QShortcut(keys, view, lambda: open_menu(None), context=Qt.ShortcutContext.WidgetShortcut)
    view.setAccessibleDescription(translate("SortMenu", "Menu key or Shift+F10: sort by a column"))
    owner.sort_menu = None
