"""Sorting a table by key: the "Sort by" menu that the Menu key or Shift+F10 opens on a
sortable table (the library, the series' people), doing what a click on a header does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from coprodesk.demo import create_demo
from coprodesk.gui.library import MeetingsModel
from coprodesk.store import meetings as repo

SHIFT = Qt.KeyboardModifier.ShiftModifier
# the menus are real popups; offscreen, Qt says it cannot grab the keyboard for them
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def titles(window) -> list[str]:
    proxy = window.library.proxy
    return [proxy.index(r, MeetingsModel.TITLE).data() for r in range(proxy.rowCount())]


def chosen(menu: QMenu, text: str) -> None:
    """Arrow down to the entry named ``text`` and press Enter, as a keyboard user does."""
    for _ in range(len(menu.actions()) + 1):
        if menu.activeAction() is not None and menu.activeAction().text() == text:
            break
        QApplication.sendEvent(menu, _key(Qt.Key.Key_Down))
    assert menu.activeAction().text() == text
    QApplication.sendEvent(menu, _key(Qt.Key.Key_Return))


def _key(key):
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize(("key", "mods"), [(Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_F10, SHIFT)], ids=["Menu", "Shift+F10"])
def test_the_library_sorts_by_any_column_from_the_keyboard(qtbot, gui, store, key, mods):
    create_demo(store)
    repo.create_meeting(store, "Budget check", date="2026-01-05")
    window = gui.window(store)
    view = window.library.ui.meetingsView
    assert titles(window) == ["Spring workshop: follow-up", "Spring workshop", "Budget check"]
    assert "sort by a column" in view.accessibleDescription()
    window.activateWindow()  # keys reach an active window, as on a desktop
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.setFocus()
    qtbot.keyClick(view, key, mods)
    menu = window.library.sort_menu
    qtbot.waitUntil(menu.isVisible)
    qtbot.wait(20)
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()] \
        == [menu]  # one menu, not a second one from the key's context-menu event
    assert menu.accessibleName() == "Sort by"
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert entries == ["Sort by Date", "Sort by Title", "Sort by Series", "Sort by Status",
                       "Sort by People", "Sort by Decisions", "&Ascending", "&Descending"]
    assert menu.activeAction().text() == "Sort by Date" and menu.activeAction().isChecked()
    chosen(menu, "Sort by Title")
    assert titles(window) == ["Budget check", "Spring workshop", "Spring workshop: follow-up"]
    assert view.horizontalHeader().sortIndicatorSection() == MeetingsModel.TITLE
    qtbot.keyClick(view, key, mods)  # again: Descending turns the order round
    menu = window.library.sort_menu
    qtbot.waitUntil(menu.isVisible)
    chosen(menu, "&Descending")
    assert titles(window) == ["Spring workshop: follow-up", "Spring workshop", "Budget check"]
    assert view.hasFocus() or QApplication.focusWidget() is view  # back in the table


def test_the_series_people_table_sorts_from_the_keyboard(qtbot, store):
    from coprodesk.demo import create_demo
    from coprodesk.gui.series.view import SeriesView

    create_demo(store)
    series = repo.load_meeting(store, repo.find_meeting(store, "Spring workshop")).series
    view = SeriesView(store, series)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    people = view.ui.peopleView
    view.ui.tabs.setCurrentWidget(view.ui.tabs.widget(view.ui.tabs.count() - 1))
    while not people.isVisible():  # the tab that holds the people
        view.ui.tabs.setCurrentIndex(view.ui.tabs.currentIndex() - 1)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    people.setFocus()
    qtbot.keyClick(people, Qt.Key.Key_F10, SHIFT)
    menu = view.sort_menu
    qtbot.waitUntil(menu.isVisible)
    last = [a for a in menu.actions() if a.text().startswith("Sort by")][-1]
    last.trigger()
    assert people.horizontalHeader().sortIndicatorSection() == people.model().columnCount() - 1
